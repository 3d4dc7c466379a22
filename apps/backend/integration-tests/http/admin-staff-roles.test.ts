import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, certificateBody, createProducer, createStaffUser, login, unique } from "./helpers"

let admin: string
const tokens: Record<"office" | "promotion" | "none", string> = { office: "", promotion: "", none: "" }
const ids: Record<"office" | "promotion" | "none", string> = { office: "", promotion: "", none: "" }
let certificationId: string
let productId: string

/** A user made with Medusa's CLI, given `role` through the staff route. */
async function staffWithRole(role: string | null) {
  const { email, password } = await createStaffUser()
  const token = await login(email, password)
  const me = await api("/admin/users/me", { token })
  expect(me.status).toBe(200)
  if (role) {
    const set = await api(`/admin/staff/${me.body.user.id}/role`, { token: admin, body: { role } })
    expect(set.status).toBe(200)
    expect(set.body.staff).toMatchObject({ id: me.body.user.id, email, role })
  }
  return { token, id: me.body.user.id as string }
}

beforeAll(async () => {
  admin = await adminToken()
  ;({ token: tokens.office, id: ids.office } = await staffWithRole("ocop_office"))
  ;({ token: tokens.promotion, id: ids.promotion } = await staffWithRole("trade_promotion"))
  ;({ token: tokens.none, id: ids.none } = await staffWithRole(null))
  const product = await api("/admin/products", {
    token: admin,
    body: {
      title: `Roles ${unique()}`,
      options: [{ title: "Gói", values: ["Gói"] }],
      variants: [{ title: "Gói", options: { Gói: "Gói" }, prices: [] }],
    },
  })
  expect(product.status).toBe(200)
  productId = product.body.product.id
  const cert = await api("/admin/certifications", { token: admin, body: certificateBody(productId, 3) })
  expect(cert.status).toBe(201)
  certificationId = cert.body.certification.id
})

describe("staff roles on the admin API", () => {
  it("refuses trade promotion the certificates and register changes, in the caller's language", async () => {
    const token = tokens.promotion
    const list = await api("/admin/certifications", { token })
    expect(list.status).toBe(403)
    expect(list.body).toEqual({ type: "not_allowed", message: "Vai trò của bạn không được phép dùng chức năng này" })
    const en = await api(`/admin/certifications/${certificationId}`, { token, headers: { "accept-language": "en" } })
    expect(en.status).toBe(403)
    expect(en.body.message).toMatch(/not allowed/)
    expect((await api("/admin/certifications", { token, body: certificateBody(productId, 4) })).status).toBe(403)
    expect(
      (await api(`/admin/certifications/${certificationId}/revoke`, { token, body: { reason: "x" } })).status,
    ).toBe(403)
    // Refused before validation: an empty body is not a 400.
    expect((await api("/admin/producers", { token, body: {} })).status).toBe(403)
    expect((await api("/admin/products", { token, body: { title: "X" } })).status).toBe(403)
    expect((await api("/admin/staff", { token })).status).toBe(403)
    expect((await api("/admin/users", { token })).status).toBe(403)
    // Express routes paths whatever their case; the role check must read them the same way.
    expect((await api("/ADMIN/USERS", { token })).status).toBe(403)
    expect((await api("/Admin/Certifications", { token })).status).toBe(403)
    expect((await api("/admin/invites/", { token })).status).toBe(403)
  })

  it("lets trade promotion read producers and products, and work on orders", async () => {
    const token = tokens.promotion
    expect((await api("/admin/producers", { token })).status).toBe(200)
    expect((await api("/admin/products?limit=1", { token })).status).toBe(200)
    expect((await api("/admin/orders?limit=1", { token })).status).toBe(200)
  })

  it("lets the OCOP office keep the register and certificates, not staff accounts", async () => {
    const token = tokens.office
    expect((await api("/admin/certifications", { token })).status).toBe(200)
    const producer = await createProducer(token)
    expect(producer.id).toMatch(/^pdcr_/)
    const cert = await api("/admin/certifications", { token, body: certificateBody(productId, 4) })
    expect(cert.status).toBe(201)
    const revoked = await api(`/admin/certifications/${cert.body.certification.id}/revoke`, {
      token,
      body: { reason: "Kiểm tra không đạt" },
    })
    expect(revoked.status).toBe(200)
    expect((await api("/admin/staff", { token })).status).toBe(403)
    // Nor can they raise their own role through Medusa's user route.
    const self = await api(`/admin/users/${ids.office}`, { token, body: { metadata: { role: "admin" } } })
    expect(self.status).toBe(403)
  })

  it("gives a user without a role only their own profile", async () => {
    const token = tokens.none
    expect((await api("/admin/users/me", { token })).status).toBe(200)
    expect((await api("/admin/producers", { token })).status).toBe(403)
    expect((await api("/admin/regions", { token })).status).toBe(403)
  })

  it("lets every role read its own profile", async () => {
    for (const token of [admin, tokens.office, tokens.promotion]) {
      const me = await api("/admin/users/me", { token })
      expect(me.status).toBe(200)
    }
  })

  it("lists staff with roles for the administrator and filters by role", async () => {
    const all = await api("/admin/staff?limit=200", { token: admin })
    expect(all.status).toBe(200)
    const byId = Object.fromEntries(all.body.staff.map((s: any) => [s.id, s.role]))
    expect(byId[ids.office]).toBe("ocop_office")
    expect(byId[ids.promotion]).toBe("trade_promotion")
    expect(byId[ids.none]).toBeNull()
    const promotion = await api("/admin/staff?role=trade_promotion&limit=200", { token: admin })
    expect(promotion.body.staff.every((s: any) => s.role === "trade_promotion")).toBe(true)
    expect(promotion.body.count).toBeGreaterThanOrEqual(1)
    const bad = await api("/admin/staff/x/role", { token: admin, body: { role: "boss" } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.role).toBeDefined()
  })

  it("applies a role change at once and refuses an administrator demoting themselves", async () => {
    const { token, id } = await staffWithRole("trade_promotion")
    expect((await api("/admin/certifications", { token })).status).toBe(403)
    expect((await api(`/admin/staff/${id}/role`, { token: admin, body: { role: "ocop_office" } })).status).toBe(200)
    expect((await api("/admin/certifications", { token })).status).toBe(200)
    // A role set through Medusa's own user route counts as well.
    expect(
      (await api(`/admin/users/${id}`, { token: admin, body: { metadata: { role: "trade_promotion" } } })).status,
    ).toBe(200)
    expect((await api("/admin/certifications", { token })).status).toBe(403)
    const me = await api("/admin/users/me", { token: admin })
    const demote = await api(`/admin/staff/${me.body.user.id}/role`, { token: admin, body: { role: "ocop_office" } })
    expect(demote.status).toBe(400)
    expect((await api("/admin/staff/user_missing/role", { token: admin, body: { role: "admin" } })).status).toBe(404)
  })
})
