import type { CounterSaleInput } from "@ocop/domain"
import { HttpError } from "react-admin"
import { useCallback, useEffect, useMemo, useState } from "react"
import { counterApi } from "../providers"
import { idbSaleStore } from "./idb-sale-store"
import { createOfflineQueue, memorySaleStore, type SendOutcome } from "./offline-queue"

/** A network failure (the console's client says status 0), as opposed to the server refusing. */
export const isOffline = (error: unknown) => error instanceof HttpError && error.status === 0

async function send(input: CounterSaleInput): Promise<SendOutcome | { problem: string }> {
  try {
    await counterApi.sell(input)
    return "recorded"
  } catch (error) {
    if (isOffline(error)) return "offline"
    const body = error instanceof HttpError ? (error.body as { code?: string } | undefined) : undefined
    return { problem: body?.code ?? (error as Error).message }
  }
}

/**
 * The device's queue of sales made offline: kept in IndexedDB, sent when the browser says it is
 * back online and every 20 seconds while any wait, each exactly once (idempotency keys).
 */
export function useOfflineSales() {
  const queue = useMemo(() => {
    let store
    try {
      store = typeof indexedDB === "undefined" ? memorySaleStore() : idbSaleStore()
    } catch {
      store = memorySaleStore()
    }
    return createOfflineQueue(store, send)
  }, [])
  const [pending, setPending] = useState(0)
  const [problems, setProblems] = useState(0)
  const refresh = useCallback(async () => {
    const all = await queue.pending()
    setPending(all.length)
    setProblems(all.filter((s) => s.problem).length)
  }, [queue])
  const flush = useCallback(async () => {
    await queue.flush()
    await refresh()
  }, [queue, refresh])
  useEffect(() => {
    void refresh()
    const timer = window.setInterval(() => void flush(), 20_000)
    window.addEventListener("online", flush)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener("online", flush)
    }
  }, [flush, refresh])
  return {
    pending,
    problems,
    flush,
    keep: async (input: CounterSaleInput) => {
      await queue.keep(input)
      await refresh()
    },
  }
}
