import { createStore, del, get, keys, set } from "idb-keyval"
import type { PendingSale, SaleStore } from "./offline-queue"

/** The tablet's IndexedDB store of sales made offline ("ocop-counter" database). */
export function idbSaleStore(): SaleStore {
  const store = createStore("ocop-counter", "pending-sales")
  return {
    get: (k) => get<PendingSale>(k, store),
    set: (k, v) => set(k, v, store),
    del: (k) => del(k, store),
    keys: async () => (await keys(store)).map(String),
  }
}
