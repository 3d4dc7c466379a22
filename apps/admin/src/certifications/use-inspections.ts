import { useCallback, useEffect, useState } from "react"
import { useDataProvider, type Identifier } from "react-admin"
import type { Inspection, OcopDataProvider } from "../providers/data-provider"

/**
 * Inspections of one certificate. Kept as local state rather than a react-admin resource because
 * they only exist nested under a certificate (`/admin/certifications/:id/inspections`).
 */
export function useInspections(certificationId: Identifier | undefined) {
  const dataProvider = useDataProvider<OcopDataProvider>()
  const [inspections, setInspections] = useState<Inspection[]>([])
  const [isPending, setPending] = useState(true)
  const [error, setError] = useState<Error | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (certificationId == null) return
    let current = true // ignore answers that arrive after the page moved on
    setPending(true)
    dataProvider
      .getInspections(certificationId)
      .then(({ data }) => {
        if (!current) return
        setInspections(data)
        setError(null)
      })
      .catch((e: Error) => current && setError(e))
      .finally(() => current && setPending(false))
    return () => {
      current = false
    }
  }, [dataProvider, certificationId, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { inspections, isPending, error, reload }
}
