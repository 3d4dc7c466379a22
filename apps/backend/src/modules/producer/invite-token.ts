import crypto from "node:crypto"

/** How long an invite link can be used. */
export const INVITE_VALID_DAYS = 7

/**
 * The stored form of an invite token. A plain SHA-256 is enough: the token is 32 random bytes, so
 * there is nothing to guess, and a lookup by hash stays an index search.
 */
export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex")
}

/** A fresh invite: the token for the link, its hash for the database, and when it stops working. */
export function newInvite(now = new Date()): { token: string; hash: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString("base64url")
  return { token, hash: hashInviteToken(token), expiresAt: new Date(now.getTime() + INVITE_VALID_DAYS * 86_400_000) }
}

/** The console page where the person chooses a password (react-admin uses hash routes). */
export function inviteUrl(consoleUrl: string, token: string): string {
  return `${consoleUrl}/#/accept-invite?token=${encodeURIComponent(token)}`
}
