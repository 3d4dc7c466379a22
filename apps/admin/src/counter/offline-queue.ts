import type { CounterSaleInput } from "@ocop/domain"

/** Where sales made offline wait: IndexedDB on the tablet (idb-keyval), a map in tests. */
export interface SaleStore {
  get(key: string): Promise<PendingSale | undefined>
  set(key: string, value: PendingSale): Promise<void>
  del(key: string): Promise<void>
  keys(): Promise<string[]>
}

/** A sale kept on the device until the server has recorded it. */
export interface PendingSale {
  input: CounterSaleInput
  /** Why the last attempt was refused by the server (not a dropped connection), if it was. */
  problem?: string
}

/** The outcome of sending one pending sale. */
export type SendOutcome = "recorded" | "offline" | "refused"

/**
 * Keeps cash sales made while the backend is unreachable and sends each exactly once when it comes
 * back: the idempotency key travels with the sale, so a sale sent twice (the answer lost on the way
 * back, two tabs flushing) is recorded once by the server. A sale leaves the device only after the
 * server answered that it is recorded; a refusal keeps it, with the reason, for the manager.
 */
export function createOfflineQueue(
  store: SaleStore,
  send: (input: CounterSaleInput) => Promise<SendOutcome | { problem: string }>,
) {
  let flushing: Promise<{ recorded: number; left: number }> | null = null
  return {
    async keep(input: CounterSaleInput): Promise<void> {
      await store.set(input.idempotency_key, { input })
    },
    async pending(): Promise<PendingSale[]> {
      const keys = await store.keys()
      const sales = await Promise.all(keys.map((k) => store.get(k)))
      return sales.filter((s): s is PendingSale => Boolean(s))
    },
    /** Sends every kept sale, oldest first; one flush at a time. */
    flush(): Promise<{ recorded: number; left: number }> {
      if (flushing) return flushing
      flushing = (async () => {
        let recorded = 0
        const sales = (await this.pending()).sort((a, b) =>
          String(a.input.offline_at).localeCompare(String(b.input.offline_at)),
        )
        for (const sale of sales) {
          const outcome = await send(sale.input)
          if (outcome === "recorded") {
            await store.del(sale.input.idempotency_key)
            recorded++
          } else if (outcome === "offline") {
            break
          } else {
            const problem = typeof outcome === "object" ? outcome.problem : "refused"
            await store.set(sale.input.idempotency_key, { ...sale, problem })
          }
        }
        return { recorded, left: (await store.keys()).length }
      })().finally(() => {
        flushing = null
      })
      return flushing
    },
  }
}

/** A store in memory, for tests and for browsers that refuse IndexedDB (private modes). */
export function memorySaleStore(): SaleStore {
  const map = new Map<string, PendingSale>()
  return {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    del: async (k) => void map.delete(k),
    keys: async () => [...map.keys()],
  }
}
