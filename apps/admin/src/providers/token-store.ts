const TOKEN_KEY = "ocop.admin.token"
// Who the token's owner was when the server last said so: the counter works through a dropped connection.
const PROFILE_KEY = "ocop.admin.profile"

/** Minimal Storage surface, so tests can pass an in-memory map. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">

export interface TokenStore {
  get(): string | null
  set(token: string): void
  clear(): void
  /** What the server last said about the current token's owner; null for another or no token. */
  profile(): unknown
  keepProfile(profile: unknown): void
}

/** Keeps Medusa's bearer token (a JWT) in the given storage, and what the server said about its owner. */
export function createTokenStore(storage: KeyValueStorage): TokenStore {
  const profile = () => {
    const token = storage.getItem(TOKEN_KEY)
    try {
      const kept = JSON.parse(storage.getItem(PROFILE_KEY) ?? "null") as { token: string; profile: unknown } | null
      return kept && token && kept.token === token ? kept.profile : null
    } catch {
      return null
    }
  }
  return {
    get: () => storage.getItem(TOKEN_KEY),
    set: (token) => {
      storage.setItem(TOKEN_KEY, token)
      storage.removeItem(PROFILE_KEY)
    },
    clear: () => {
      storage.removeItem(TOKEN_KEY)
      storage.removeItem(PROFILE_KEY)
    },
    profile,
    keepProfile: (value) => {
      const token = storage.getItem(TOKEN_KEY)
      if (token) storage.setItem(PROFILE_KEY, JSON.stringify({ token, profile: value }))
    },
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
