const TOKEN_KEY = "ocop.admin.token"

/** Minimal Storage surface, so tests can pass an in-memory map. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">

export interface TokenStore {
  get(): string | null
  set(token: string): void
  clear(): void
}

/** Keeps Medusa's bearer token (a JWT) in the given storage. */
export function createTokenStore(storage: KeyValueStorage): TokenStore {
  return {
    get: () => storage.getItem(TOKEN_KEY),
    set: (token) => storage.setItem(TOKEN_KEY, token),
    clear: () => storage.removeItem(TOKEN_KEY),
  }
}

/** In-memory storage for tests and for browsers where localStorage is blocked. */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>()
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}

/**
 * True when the JWT's `exp` claim is in the past. A token we cannot decode is not judged here:
 * the server stays the authority and answers 401.
 */
export function isExpired(token: string, now: number = Date.now()): boolean {
  const payload = token.split(".")[1]
  if (!payload) return false
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: unknown }
    return typeof json.exp === "number" && json.exp * 1000 <= now
  } catch {
    return false
  }
}
