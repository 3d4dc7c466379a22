/** Runtime configuration of the console, read from Vite's env at build time. */
export interface AdminConfig {
  /** Base URL of the Medusa backend, without trailing slash. */
  backendUrl: string
}

export const DEFAULT_BACKEND_URL = "http://localhost:9000"

/**
 * Validates the env and returns the config; throws with a readable message on a bad value
 * so a misconfigured build fails loudly instead of calling a wrong host.
 */
export function parseConfig(env: Record<string, string | boolean | undefined>): AdminConfig {
  const raw = env.VITE_MEDUSA_BACKEND_URL
  const value = typeof raw === "string" && raw.trim() !== "" ? raw.trim() : DEFAULT_BACKEND_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`VITE_MEDUSA_BACKEND_URL is not a valid URL: "${value}"`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`VITE_MEDUSA_BACKEND_URL must use http or https, got "${url.protocol}"`)
  }
  if (url.search || url.hash) {
    throw new Error("VITE_MEDUSA_BACKEND_URL must not contain a query string or fragment")
  }
  return { backendUrl: url.toString().replace(/\/+$/, "") }
}
