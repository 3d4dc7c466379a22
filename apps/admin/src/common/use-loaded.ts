import { useCallback, useEffect, useState } from "react"

/**
 * Data a panel loads with one of the data provider's custom calls (sales figures, a producer's
 * users, pending invites): records that only exist inside another page, not react-admin resources.
 * `load` is null until its inputs are known; `deps` name what should trigger a reload.
 */
export function useLoaded<T>(load: (() => Promise<T>) | null, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null)
  const [isPending, setPending] = useState(true)
  const [error, setError] = useState<Error | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!load) return
    let current = true // ignore answers that arrive after the page moved on
    setPending(true)
    load()
      .then((value) => {
        if (!current) return
        setData(value)
        setError(null)
      })
      .catch((e: Error) => current && setError(e))
      .finally(() => current && setPending(false))
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure each render
  }, [...deps, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data, isPending, error, reload }
}
