import crypto from "node:crypto"

/**
 * Links that carry a secret (invite and password-reset tokens) never enter a notification's `data`:
 * Medusa's notification module stores `data` in its table before it hands the message to a
 * provider. The sender seals the link here and puts the seal in `data`; the provider opens it when
 * it builds the message (decision 018). The vault lives in this process only: Medusa calls the
 * provider inside `createNotifications`, in the process that sealed the link, a moment later.
 */
const SEAL = "sealed-link:"
const SEAL_TTL_MS = 5 * 60_000
const vault = new Map<string, { link: string; until: number }>()

function forgetStale(now: number) {
  for (const [key, entry] of vault) if (entry.until < now) vault.delete(key)
}

/** A stand-in for a secret link, safe to store; `openSealedLinks` gives the link back once. */
export function sealLink(link: string): string {
  const now = Date.now()
  forgetStale(now)
  const key = `${SEAL}${crypto.randomBytes(16).toString("hex")}`
  vault.set(key, { link, until: now + SEAL_TTL_MS })
  return key
}

/** Whether a value is a seal. */
export const isSealedLink = (value: unknown): value is string => typeof value === "string" && value.startsWith(SEAL)

/**
 * The message data with every seal replaced by its link (each seal opens once); a seal that is
 * unknown here — another process, or too late — becomes null, so no message goes out with a seal.
 */
export function openSealedLinks(data: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const opened: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data ?? {})) {
    if (!isSealedLink(value)) {
      opened[key] = value
      continue
    }
    opened[key] = vault.get(value)?.link ?? null
    vault.delete(value)
  }
  return opened
}
