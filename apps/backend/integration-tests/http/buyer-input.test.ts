import { beforeAll, describe, expect, inject, it } from "vitest"
import { seededStore } from "./checkout-helpers"
import { api, unique } from "./helpers"

let key: string
let regionId: string

beforeAll(async () => {
  ;({ key, vnRegionId: regionId } = await seededStore())
})

describe("what a buyer writes cannot pose as staff (decision 022)", () => {
  it("keeps cart metadata to the storefront's delivery and payment choices", async () => {
    const cart = await api("/store/carts", { key, body: { region_id: regionId, metadata: { fulfilment: "pickup" } } })
    expect(cart.status).toBe(200)
    const id = cart.body.cart.id
    const staffField = await api(`/store/carts/${id}`, {
      key,
      body: { metadata: { payment_method: "cod", cancel_reason: "Khách hủy", canceled_by: "user_admin" } },
    })
    expect(staffField.status).toBe(400)
    expect(Object.keys(staffField.body.errors).sort()).toEqual(["metadata.cancel_reason", "metadata.canceled_by"])
    const badValue = await api(`/store/carts/${id}`, { key, body: { metadata: { payment_method: "free" } } })
    expect(badValue.status).toBe(400)
    expect(Object.keys(badValue.body.errors)).toEqual(["metadata.payment_method"])
    const ok = await api(`/store/carts/${id}`, { key, body: { metadata: { payment_method: "vietqr" } } })
    expect(ok.status).toBe(200)
    expect(ok.body.cart.metadata).toEqual({ fulfilment: "pickup", payment_method: "vietqr" })
  })

  it("refuses metadata anywhere else a buyer writes", async () => {
    const cart = await api("/store/carts", { key, body: { region_id: regionId } })
    const line = await api(`/store/carts/${cart.body.cart.id}/line-items`, {
      key,
      body: { variant_id: "variant_x", quantity: 1, metadata: { cancel_reason: "x" } },
    })
    expect(line.status).toBe(400)
    expect(line.body.errors).toEqual({ metadata: "Trường không được hỗ trợ" })
  })
})

describe("the domain's password rule on Medusa's own routes", () => {
  it("refuses a short password at registration, for staff and buyers alike", async () => {
    for (const actor of ["user", "customer"]) {
      const res = await api(`/auth/${actor}/emailpass/register`, {
        body: { email: `ngan-${unique()}@example.vn`, password: "123" },
      })
      expect(res.status, actor).toBe(400)
      expect(res.body.errors).toEqual({ password: "Mật khẩu phải có ít nhất 8 ký tự" })
    }
    const update = await api("/auth/customer/emailpass/update", {
      body: { password: "short" },
      headers: { authorization: "Bearer not-a-reset-token", "accept-language": "en" },
    })
    expect(update.status).toBe(400)
    expect(update.body.errors.password).toBe("Password must have at least 8 characters")
  })
})

describe("security headers on API answers", () => {
  it("sends nosniff, no referrer, no framing and a CSP that runs nothing", async () => {
    const res = await fetch(`${inject("backendUrl")}/store/regions`, {
      headers: { "x-publishable-api-key": key },
    })
    expect(res.headers.get("x-content-type-options")).toBe("nosniff")
    expect(res.headers.get("referrer-policy")).toBe("no-referrer")
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})
