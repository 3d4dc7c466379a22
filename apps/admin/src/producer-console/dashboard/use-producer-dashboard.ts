import { useEffect, useState } from "react"
import { useDataProvider } from "react-admin"
import type { ConsoleDataProvider } from "../../providers/console-data-provider"
import type { ProducerDashboard } from "../../providers/producer-data-provider"

/**
 * The producer's home figures, in one request (`GET /producer/dashboard`). Read through react-admin's
 * data provider so that a 401 (the producer was suspended meanwhile) signs the user out.
 */
export function useProducerDashboard() {
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const [dashboard, setDashboard] = useState<ProducerDashboard | null>(null)
  const [isPending, setPending] = useState(true)
  const [error, setError] = useState<Error | null>(null)

  useEffect(() => {
    let current = true // ignore an answer that arrives after the page moved on
    dataProvider
      .getProducerDashboard()
      .then(({ data }) => current && setDashboard(data))
      .catch((e: Error) => current && setError(e))
      .finally(() => current && setPending(false))
    return () => {
      current = false
    }
  }, [dataProvider])

  return { dashboard, isPending, error }
}
