import { useState } from "react"
import { useDataProvider, useNotify, useRefresh, useTranslate } from "react-admin"
import type { OcopDataProvider } from "../providers/data-provider"

/**
 * The message for a refused action: the console's own text for the backend's refusal code (so it
 * follows the console's language), else the server's message.
 */
export function refusalMessage(error: unknown, translate: (key: string, options?: object) => string): string {
  const e = error as { message?: string; body?: { code?: unknown } } | undefined
  const fallback = e?.message || "ra.notification.http_error"
  const code = e?.body?.code
  return typeof code === "string" ? translate(`ocop.orders.errors.${code}`, { _: translate(fallback) }) : fallback
}

/**
 * Runs one order action through the data provider: tells the user how it went, then reloads the
 * order so statuses and buttons follow what Medusa's workflow did.
 */
export function useOrderAction() {
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()
  const [pending, setPending] = useState(false)

  const run = async (action: (provider: OcopDataProvider) => Promise<unknown>, done: string): Promise<boolean> => {
    setPending(true)
    try {
      await action(dataProvider)
      notify(done, { type: "info" })
      return true
    } catch (e) {
      notify(refusalMessage(e, translate), { type: "error" })
      return false
    } finally {
      setPending(false)
      // Refused or not, show the order as it now is (another member may have acted on it).
      refresh()
    }
  }
  return { run, pending }
}
