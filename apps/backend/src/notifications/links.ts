import { loadBackendEnv } from "../config/env"
import { inviteUrl } from "../modules/producer/invite-token"

/**
 * Every link the shop mails, built in one place from the public addresses (OCOP_CONSOLE_URL,
 * OCOP_STOREFRONT_URL; validated at boot). A link carries a one-time token: build it when the
 * message is sent, and keep it out of responses and logs.
 */
let addresses: { console: string; storefront: string } | undefined
const publicAddresses = () => {
  if (!addresses) {
    const env = loadBackendEnv(process.env)
    addresses = { console: env.consoleUrl, storefront: env.storefrontUrl }
  }
  return addresses
}

/** Who can ask for a new password, and where each chooses it. */
export type ResetActor = "customer" | "user" | "producer"

/**
 * The page where the account's owner chooses a new password: the storefront for buyers, the
 * console (react-admin's hash router) for staff and producers. The e-mail rides along so the page
 * can send it with the new password, as Medusa's update route requires.
 */
export function passwordResetLink(actor: ResetActor, token: string, email: string): string {
  const query = `token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
  const { console, storefront } = publicAddresses()
  if (actor === "customer") return `${storefront}/account/reset-password?${query}`
  return `${console}/#/${actor === "user" ? "reset-password" : "producer-reset-password"}?${query}`
}

/**
 * The console page where an invited member of staff accepts (`#/staff-invite?token=…&email=…`): the
 * token is opaque (its hash is stored, decision 018), so the address rides along for the page.
 */
export function staffInviteLink(token: string, email: string): string {
  const query = `token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
  return `${publicAddresses().console}/#/staff-invite?${query}`
}

/** The console page where a producer's invited representative accepts (`#/accept-invite?token=…`). */
export function producerInviteLink(token: string): string {
  return inviteUrl(publicAddresses().console, token)
}
