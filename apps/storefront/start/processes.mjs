// How many storefront processes `npm start` runs (decision 036). Pure, so that it is tested alone.
import os from "node:os"

/** More than this only when asked for: the backend and PostgreSQL usually share the machine. */
export const DEFAULT_MAX_PROCESSES = 2

/**
 * The number of processes, and a warning to print (or null).
 *
 * - `OCOP_STOREFRONT_PROCESSES` (a whole number ≥ 1) wins;
 * - otherwise one per CPU, at most DEFAULT_MAX_PROCESSES, when `REDIS_URL` lets the processes share
 *   the sign-in counters (decision 021) and `OCOP_SINGLE_PROCESS` does not declare one process;
 * - otherwise one: the counters are in this process's memory.
 *
 * Throws on a value that is not a whole number ≥ 1, so that a typo stops the start.
 */
export function processCount(env = process.env, cpus = os.availableParallelism()) {
  const asked = env.OCOP_STOREFRONT_PROCESSES?.trim()
  const shared = Boolean(env.REDIS_URL?.trim())
  if (asked) {
    if (!/^[1-9]\d*$/.test(asked)) {
      throw new Error(`OCOP_STOREFRONT_PROCESSES must be a whole number ≥ 1 (got "${asked}")`)
    }
    const count = Number(asked)
    const warning =
      count > 1 && !shared
        ? `${count} storefront processes without REDIS_URL: each keeps its own sign-in attempt counters, so a buyer address gets up to ${count}× the attempts (decision 021)`
        : null
    return { count, warning }
  }
  if (!shared || env.OCOP_SINGLE_PROCESS === "true") return { count: 1, warning: null }
  return { count: Math.max(1, Math.min(cpus, DEFAULT_MAX_PROCESSES)), warning: null }
}
