/**
 * What the counter screen last read from the server (its places, a place's shelf and registers),
 * kept in localStorage so that a tablet reloaded while the backend is unreachable can still sell for
 * cash (issue 14). Only reads are kept here; sales made offline wait in IndexedDB (offline-queue.ts).
 */
const PREFIX = "ocop-counter-kept:"

export function keepForOffline(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Storage full or blocked: the screen then simply has nothing to fall back on.
  }
}

export function keptForOffline<T>(key: string): T | undefined {
  try {
    const text = window.localStorage.getItem(PREFIX + key)
    return text === null ? undefined : (JSON.parse(text) as T)
  } catch {
    return undefined
  }
}
