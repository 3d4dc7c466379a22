import { expect, inject } from "vitest"
import { api, createProducer, unique } from "./helpers"
import { readyCart, shopProduct, sqlRows } from "./checkout-helpers"
import { lastMailTo } from "./mailbox"

/**
 * The link of the latest invite sent to a producer user. It reaches only the invitee's mailbox (the
 * test server's mailbox folder); the notification row keeps a seal, never the link (decision 018).
 */
export async function sentInviteUrl(producerUserId: string): Promise<string> {
  const [sent] = await sqlRows<{ to: string }>(
    "SELECT \"to\" FROM notification WHERE resource_id = $1 AND template = 'producer-invite' ORDER BY created_at DESC, id DESC LIMIT 1",
    [producerUserId],
  )
  const url = sent && lastMailTo(sent.to, "producer-invite")?.data.invite_url
  if (typeof url !== "string") throw new Error(`no invite sent to ${producerUserId}`)
  return url
}

/** The token in an invite link (`…/#/accept-invite?token=…`). */
export const inviteTokenOf = (url: string) => new URL(url.replace("/#/", "/")).searchParams.get("token")!

/** Staff invite a person for the producer; returns the user and the token from the invite link. */
export async function invite(staffToken: string, producerId: string, email = `nguoi-${unique()}@htx.test`) {
  const res = await api("/admin/producer-users", {
    token: staffToken,
    body: { producer_id: producerId, email, name: "Người Thử" },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const inviteUrl = await sentInviteUrl(res.body.producer_user.id)
  return { user: res.body.producer_user, inviteToken: inviteTokenOf(inviteUrl), inviteUrl, email }
}

/** A URL as the file module serves uploads (only those are accepted for producers' pictures). */
export const uploadedUrl = (name: string) => `${inject("backendUrl")}/static/${name}`

/** A producer with an active user who has accepted the invite; returns its producer token. */
export async function producerAccount(staffToken: string, overrides: Record<string, unknown> = {}) {
  const producer = await createProducer(staffToken, overrides)
  const { user, inviteToken, email } = await invite(staffToken, producer.id)
  const password = `mat-khau-${unique()}`
  const accepted = await api("/producer/invites/accept", { body: { token: inviteToken, password } })
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  return { producer, user, email, password, token: accepted.body.token as string }
}

/** A certified product of the producer sold without stock tracking (see shopProduct). */
export function sellableProduct(staffToken: string, producerId: string, price: number) {
  return shopProduct(staffToken, { price, producerId })
}

/** Places an order in the Vietnam region paid in cash; returns the order. */
export async function placeOrder(
  key: string,
  regionId: string,
  items: { variant_id: string; quantity: number }[],
  pickup = false,
) {
  const cartId = await readyCart(key, { regionId, items, provider: "pp_system_default", pickup })
  const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return done.body.order
}
