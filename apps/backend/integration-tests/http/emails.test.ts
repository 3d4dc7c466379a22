import { beforeAll, describe, expect, inject, it } from "vitest"
import type { CaughtMail } from "@ocop/infra/test-services" with { "resolution-mode": "import" }
import { formatMoney } from "@ocop/domain"
import { adminToken, api, createProducer, unique } from "./helpers"
import { stockedVariant } from "./order-helpers"
import { readyCart, seededStore, sqlRows } from "./checkout-helpers"
import { invite } from "./producer-helpers"

// The shared test server sends through a real SMTP server the run started (setup/mail-catcher.ts):
// these tests read what arrived there, as a person's mailbox would show it.

let token: string
let key: string
let vnRegionId: string

beforeAll(async () => {
  token = await adminToken()
  ;({ key, vnRegionId } = await seededStore())
})

/** Waits until a mail that `match` accepts has arrived (subscribers send after the response). */
async function mailArriving(match: (mail: CaughtMail) => boolean, timeoutMs = 15_000): Promise<CaughtMail> {
  const { mailArriving: arriving } = await import("@ocop/infra/test-services")
  return arriving(inject("mailDir"), match, timeoutMs)
}

describe("mail through SMTP", () => {
  it("confirms an order to the buyer in Vietnamese with its lines and total", async () => {
    const { variantId } = await stockedVariant(token, 10, 135_000)
    const cartId = await readyCart(key, {
      regionId: vnRegionId,
      items: [{ variant_id: variantId, quantity: 2 }],
      provider: "pp_system_default",
    })
    const done = await api(`/store/carts/${cartId}/complete`, { key, method: "POST" })
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const order = done.body.order
    const mail = await mailArriving((m) => m.subject.includes(`#${order.display_id}`))
    expect(mail.to).toEqual([order.email])
    expect(mail.subject).toBe(`OCOP Lào Cai: đã nhận đơn hàng #${order.display_id}`)
    expect(mail.text).toContain("Cảm ơn quý khách đã đặt hàng")
    expect(mail.text).toContain(`× 2: ${formatMoney(270_000, "vnd", "vi")}`)
    expect(mail.text).toContain(`Tổng cộng: ${formatMoney(Number(order.total), "vnd", "vi")}`)
    expect(mail.html).toContain("Tổng cộng")
  })

  it("sends a producer's invite with the console link that accepts it", async () => {
    const producer = await createProducer(token, { handle: `htx-thu-${unique()}` })
    const email = `dai-dien-${unique()}@htx.test`
    const { inviteToken } = await invite(token, producer.id, email)
    const mail = await mailArriving((m) => m.to.includes(email))
    expect(mail.subject).toBe(`OCOP Lào Cai: lời mời quản lý gian hàng ${producer.name}`)
    const link = mail.text.match(/https?:\/\/\S+accept-invite\?token=\S+/)?.[0]
    expect(link).toBeDefined()
    expect(new URL(link!.replace("/#/", "/")).searchParams.get("token")).toBe(inviteToken)
    expect(mail.html).toContain(`href="${link!.replace(/&/g, "&amp;")}"`)
  })

  it("mails a buyer the link to choose a new password, which sets it, and stores no link", async () => {
    const email = `nguoi-mua-${unique()}@example.vn`
    const password = `mat-khau-${unique()}`
    const registered = await api("/auth/customer/emailpass/register", { body: { email, password } })
    expect(registered.status).toBe(200)
    const customer = await api("/store/customers", { key, token: registered.body.token, body: { email } })
    expect(customer.status, JSON.stringify(customer.body)).toBe(200)

    const asked = await api("/auth/customer/emailpass/reset-password", { body: { identifier: email } })
    expect(asked.status).toBe(201)
    const mail = await mailArriving((m) => m.to.includes(email))
    expect(mail.subject).toBe("OCOP Lào Cai: đặt lại mật khẩu")
    const link = new URL(mail.text.match(/https?:\/\/\S+\/account\/reset-password\?\S+/)![0])
    expect(link.searchParams.get("email")).toBe(email)
    const resetToken = link.searchParams.get("token")!

    const newPassword = `mat-khau-moi-${unique()}`
    const updated = await api("/auth/customer/emailpass/update", {
      token: resetToken,
      body: { email, password: newPassword },
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect((await api("/auth/customer/emailpass", { body: { email, password: newPassword } })).status).toBe(200)
    expect((await api("/auth/customer/emailpass", { body: { email, password } })).status).toBe(401)
    // The one-time link went into the message only.
    const stored = await sqlRows("SELECT id FROM notification WHERE data::text LIKE $1", [`%${resetToken}%`])
    expect(stored).toEqual([])
  })

  it("answers an unknown address the same way and sends nothing", async () => {
    const email = `khong-co-${unique()}@example.vn`
    const asked = await api("/auth/customer/emailpass/reset-password", { body: { identifier: email } })
    expect(asked.status).toBe(201)
    // Give the event bus the time a real mail took above, then check nothing went out.
    await expect(mailArriving((m) => m.to.includes(email), 2_000)).rejects.toThrow("no such mail")
  })
})
