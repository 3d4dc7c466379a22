import { parseConfig } from "../config"
import { createCataloguePrintApi } from "../catalogue-print/api"
import { createPayoutApi } from "../payouts/api"
import { createAuthProvider } from "./auth-provider"
import { createConsoleDataProvider } from "./console-data-provider"
import { createCounterApi } from "./counter"
import { createTokenStore, memoryStorage, type KeyValueStorage } from "./token-store"

/** localStorage when available; private modes that block it fall back to a per-tab session. */
function browserStorage(): KeyValueStorage {
  try {
    const probe = "__ocop_probe__"
    window.localStorage.setItem(probe, probe)
    window.localStorage.removeItem(probe)
    return window.localStorage
  } catch {
    return memoryStorage()
  }
}

export const config = parseConfig(import.meta.env)
const tokens = createTokenStore(browserStorage())
// Bound so the providers can call it without an `Illegal invocation` on window.fetch.
const fetchFn = window.fetch.bind(window)

export const authProvider = createAuthProvider({ baseUrl: config.backendUrl, fetch: fetchFn, tokens })
// Staff and producer screens share one provider, routed by resource name (console-data-provider.ts).
export const dataProvider = createConsoleDataProvider({
  baseUrl: config.backendUrl,
  fetch: fetchFn,
  getToken: tokens.get,
})

// The counter screen, registers, transfers and pickup queue (issue 14): one call per clerk action.
export const counterApi = createCounterApi({ baseUrl: config.backendUrl, fetch: fetchFn, getToken: tokens.get })

// The printed catalogue (issue 16): generate it, open the latest.
export const cataloguePrintApi = createCataloguePrintApi({
  baseUrl: config.backendUrl,
  fetch: fetchFn,
  getToken: tokens.get,
})

// Producer payouts (issue 16): staff and the producer's own statement.
export const payoutApi = createPayoutApi({ baseUrl: config.backendUrl, fetch: fetchFn, getToken: tokens.get })
