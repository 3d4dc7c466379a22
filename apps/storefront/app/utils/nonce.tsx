import { createContext, useContext } from "react"

/** This response's script nonce (set on the server; empty in the browser, where it is not needed). */
export const NonceContext = createContext("")

/** The nonce for <Scripts> and <ScrollRestoration>, so the CSP lets Remix's inline scripts run. */
export const useNonce = () => useContext(NonceContext)
