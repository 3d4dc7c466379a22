import type { StaffDashboard } from "@ocop/domain"
import { useCallback, useEffect, useState } from "react"
import { useDataProvider } from "react-admin"
import type { OcopDataProvider } from "../providers/data-provider"

/**
 * The staff home page's figures in one request (`GET /admin/dashboard`), through the data provider
 * so that a 401 signs the user out. `reload` asks again after an error.
 */
export function useStaffDashboard(enabled: boolean) {
  const dataProvider = useDataProvider<OcopDataProvider>()
  const [dashboard, setDashboard] = useState<StaffDashboard | null>(null)
  const [isPending, setPending] = useState(enabled)
  const [error, setError] = useState<Error | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!enabled) return
    let current = true // ignore an answer that arrives after the page moved on
    setPending(true)
    setError(null)
    dataProvider
      .getStaffDashboard()
      .then(({ data }) => current && setDashboard(data))
      .catch((e: Error) => current && setError(e))
      .finally(() => current && setPending(false))
    return () => {
      current = false
    }
  }, [dataProvider, enabled, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { dashboard, isPending, error, reload }
}
