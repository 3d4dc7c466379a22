import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { DEMO_PASSWORD } from "../../src/scripts/seed-data/staff"
import { adminToken, api, createProducer, createStaffUser, login, unique } from "./helpers"
import { seededStore, sqlRows } from "./checkout-helpers"
import { invite, inviteTokenOf, producerAccount, sentInviteUrl } from "./producer-helpers"

let staff: string

beforeAll(async () => {
  staff = await adminToken()
})

const producerUserRow = async (id: string) =>
  (
    await sqlRows<{ status: string; invite_token_hash: string | null }>(
      "SELECT status, invite_token_hash FROM producer_user WHERE id = $1",
      [id],
    )
  )[0]

describe("inviting a producer's user", () => {
  it("invite → accept → log in: the token acts for the producer user", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken, inviteUrl, email } = await invite(staff, producer.id, `An.${unique()}@HTX.test`)
    expect(user).toMatchObject({ producer_id: producer.id, status: "invited", email: email.toLowerCase() })
    expect(user.id).toMatch(/^pdus_/)
    expect(user).not.toHaveProperty("invite_token_hash")
    expect(inviteUrl).toMatch(/^http:\/\/localhost:3001\/#\/accept-invite\?token=/)
    // Only the hash is stored, and the invite went out through the notification module.
    const row = await producerUserRow(user.id)
    expect(row.invite_token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(row.invite_token_hash).not.toContain(inviteToken)
    const sent = await sqlRows<{ to: string; template: string }>(
      'SELECT "to", template FROM notification WHERE resource_id = $1',
      [user.id],
    )
    expect(sent).toEqual([{ to: email.toLowerCase(), template: "producer-invite" }])

    const accepted = await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-moi" } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const me = await api("/producer/me", { token: accepted.body.token })
    expect(me.status).toBe(200)
    expect(me.body.user).toEqual({ id: user.id, email: email.toLowerCase(), name: "Người Thử" })
    expect(me.body.producer).toMatchObject({ id: producer.id, handle: producer.handle })
    expect(await producerUserRow(user.id)).toEqual({ status: "active", invite_token_hash: null })

    const loggedIn = await api("/auth/producer/emailpass", {
      body: { email: email.toLowerCase(), password: "mat-khau-moi" },
    })
    expect(loggedIn.status).toBe(200)
    const payload = JSON.parse(Buffer.from(loggedIn.body.token.split(".")[1], "base64url").toString())
    expect(payload).toMatchObject({ actor_type: "producer", actor_id: user.id })
    expect((await api("/producer/me", { token: loggedIn.body.token })).status).toBe(200)
    expect(
      (await api("/auth/producer/emailpass", { body: { email: email.toLowerCase(), password: "sai-mat-khau" } }))
        .status,
    ).toBe(401)
  })

  it("a used token is refused with a clear message, in the caller's language", async () => {
    const producer = await createProducer(staff)
    const { inviteToken } = await invite(staff, producer.id)
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-1" } })).status,
    ).toBe(200)
    const again = await api("/producer/invites/accept", {
      body: { token: inviteToken, password: "mat-khau-2" },
      headers: { "accept-language": "en" },
    })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/already been used/)
    expect(again.body.errors.token).toBe(again.body.message)
    const vi = await api("/producer/invites/accept", { body: { token: "khong-co", password: "mat-khau-2" } })
    expect(vi.status).toBe(400)
    expect(vi.body.message).toMatch(/Liên kết mời không hợp lệ/)
  })

  it("two people racing with one token: exactly one gets in", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken } = await invite(staff, producer.id)
    const results = await Promise.all(
      ["mat-khau-mot", "mat-khau-hai"].map((password) =>
        api("/producer/invites/accept", { body: { token: inviteToken, password } }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    const winner = results.find((r) => r.status === 200)!
    expect((await api("/producer/me", { token: winner.body.token })).body.user.id).toBe(user.id)
    expect(await sqlRows("SELECT 1 FROM provider_identity WHERE entity_id = $1", [user.email])).toHaveLength(1)
  })

  it("an expired token is refused and the user stays invited", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken } = await invite(staff, producer.id)
    await sqlRows("UPDATE producer_user SET invite_expires_at = now() - interval '1 minute' WHERE id = $1", [user.id])
    const res = await api("/producer/invites/accept", {
      body: { token: inviteToken, password: "mat-khau-moi" },
      headers: { "accept-language": "en" },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/expired/)
    expect((await producerUserRow(user.id)).status).toBe("invited")
    expect(await sqlRows("SELECT 1 FROM provider_identity WHERE entity_id = $1", [user.email])).toEqual([])
  })

  it("invites are valid for seven days", async () => {
    const producer = await createProducer(staff)
    const { user } = await invite(staff, producer.id)
    const [row] = await sqlRows<{ days: number }>(
      "SELECT round(extract(epoch FROM invite_expires_at - created_at) / 86400)::int AS days FROM producer_user WHERE id = $1",
      [user.id],
    )
    expect(row!.days).toBe(7)
  })

  it("a short password changes nothing and the invite still works afterwards", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken } = await invite(staff, producer.id)
    const before = await producerUserRow(user.id)
    const res = await api("/producer/invites/accept", {
      body: { token: inviteToken, password: "ngan" },
      headers: { "accept-language": "en" },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors.password).toBe("Password must have at least 8 characters")
    expect(await producerUserRow(user.id)).toEqual(before)
    expect(await sqlRows("SELECT 1 FROM provider_identity WHERE entity_id = $1", [user.email])).toEqual([])
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "du-dai-roi" } })).status,
    ).toBe(200)
  })

  it("inviting again re-issues the invite: the old link dies, the new one works", async () => {
    const producer = await createProducer(staff)
    const first = await invite(staff, producer.id)
    const again = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: producer.id, email: first.email, name: "Tên Mới" },
    })
    expect(again.status).toBe(200)
    expect(again.body.producer_user).toMatchObject({ id: first.user.id, name: "Tên Mới", status: "invited" })
    const newToken = inviteTokenOf(await sentInviteUrl(first.user.id))
    expect(
      (await api("/producer/invites/accept", { body: { token: first.inviteToken, password: "mat-khau-moi" } })).status,
    ).toBe(400)
    expect(
      (await api("/producer/invites/accept", { body: { token: newToken, password: "mat-khau-moi" } })).status,
    ).toBe(200)
    const list = await api(`/admin/producer-users?producer_id=${producer.id}`, { token: staff })
    expect(list.body).toMatchObject({ count: 1, producer_users: [{ id: first.user.id, status: "active" }] })
  })

  it("refuses bad invites and creates nothing", async () => {
    const producer = await createProducer(staff)
    const other = await createProducer(staff)
    const before = await sqlRows<{ n: number }>("SELECT count(*)::int AS n FROM producer_user")
    const unknown = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: "pdcr_nope", email: `x-${unique()}@h.test`, name: "X" },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors).toHaveProperty("producer_id")
    const bad = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: producer.id, email: "khong-phai-email", name: "" },
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors).sort()).toEqual(["email", "name"])
    const extra = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: producer.id, email: `y-${unique()}@h.test`, name: "Y", status: "active" },
    })
    expect(extra.status).toBe(400)
    expect(await sqlRows("SELECT count(*)::int AS n FROM producer_user")).toEqual(before)

    // One email signs in for one producer only.
    const taken = await producerAccount(staff)
    const elsewhere = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: other.id, email: taken.email, name: "Z" },
    })
    expect(elsewhere.status).toBe(409)
    expect(elsewhere.body.errors).toHaveProperty("email")
    await api(`/admin/producer-users/${taken.user.id}/disable`, { token: staff, method: "POST" })
    const disabled = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: taken.producer.id, email: taken.email, name: "Z" },
    })
    expect(disabled.status).toBe(409)
    expect((await producerUserRow(taken.user.id)).invite_token_hash).toBeNull()
  })

  it("re-inviting an active user lets them set a new password; the old one works until then", async () => {
    const account = await producerAccount(staff)
    const again = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: account.producer.id, email: account.email, name: "Người Thử" },
    })
    expect(again.status).toBe(200)
    expect(again.body.producer_user.status).toBe("active")
    expect(
      (await api("/auth/producer/emailpass", { body: { email: account.email, password: account.password } })).status,
    ).toBe(200)
    const resetToken = inviteTokenOf(await sentInviteUrl(account.user.id))
    const reset = await api("/producer/invites/accept", { body: { token: resetToken, password: "mat-khau-thay-the" } })
    expect(reset.status).toBe(200)
    expect((await api("/producer/me", { token: reset.body.token })).body.user.id).toBe(account.user.id)
    expect(
      (await api("/auth/producer/emailpass", { body: { email: account.email, password: account.password } })).status,
    ).toBe(401)
    expect(
      (await api("/auth/producer/emailpass", { body: { email: account.email, password: "mat-khau-thay-the" } })).status,
    ).toBe(200)
    const identities = await sqlRows("SELECT 1 FROM provider_identity WHERE entity_id = $1", [account.email])
    expect(identities).toHaveLength(1)
  })

  it("is for staff of the register only", async () => {
    const { email, password } = await createStaffUser()
    await sqlRows(`UPDATE "user" SET metadata = jsonb_build_object('role', 'trade_promotion') WHERE email = $1`, [
      email,
    ])
    const promotion = await login(email, password)
    const producer = await createProducer(staff)
    const res = await api("/admin/producer-users", {
      token: promotion,
      body: { producer_id: producer.id, email: `p-${unique()}@h.test`, name: "P" },
    })
    expect(res.status).toBe(403)
    expect(
      (
        await api("/admin/producer-users", {
          body: { producer_id: producer.id, email: `q-${unique()}@h.test`, name: "Q" },
        })
      ).status,
    ).toBe(401)
  })

  it("an address someone registered without any account gets the invitee's password, not the squatter's", async () => {
    const producer = await createProducer(staff)
    const email = `da-co-${unique()}@h.test`
    const squatter = await api("/auth/customer/emailpass/register", { body: { email, password: "mat-khau-cu-1" } })
    expect(squatter.status).toBe(200)
    const { user, inviteToken } = await invite(staff, producer.id, email)
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-moi" } })).status,
    ).toBe(200)
    const old = await api("/auth/producer/emailpass", { body: { email, password: "mat-khau-cu-1" } })
    expect(old.status).toBe(401)
    const fresh = await api("/auth/producer/emailpass", { body: { email, password: "mat-khau-moi" } })
    expect((await api("/producer/me", { token: fresh.body.token })).body.user.id).toBe(user.id)
  })

  it("in production the answer carries no link: it goes only to the invitee's mailbox", async () => {
    const producer = await createProducer(staff)
    const email = `hop-thu-${unique()}@h.test`
    const res = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: producer.id, email, name: "Người Thử" },
    })
    expect(res.status).toBe(201)
    expect(res.body).not.toHaveProperty("invite_url")
    expect(JSON.stringify(res.body)).not.toContain("token=")
    expect(await sentInviteUrl(res.body.producer_user.id)).toMatch(/\/#\/accept-invite\?token=/)
  })

  it("nobody registers a producer login without an invite", async () => {
    const email = `tu-dang-ky-${unique()}@h.test`
    const res = await api("/auth/producer/emailpass/register", { body: { email, password: "mat-khau-moi" } })
    expect(res.status).toBe(403)
    expect(await sqlRows("SELECT 1 FROM provider_identity WHERE entity_id = $1", [email])).toEqual([])
  })
})

const SEEDED_ADMIN = "admin@ocop-laocai.vn"
let seededAdminCreated = false

/**
 * The seeded administrator's login. The harness seeds without demo logins (seed.test.ts adds them
 * when it runs), so it is created the way the seed does when missing, and removed again afterwards.
 */
async function seededAdmin(): Promise<string> {
  const [row] = await sqlRows('SELECT id FROM "user" WHERE email = $1 AND deleted_at IS NULL', [SEEDED_ADMIN])
  if (!row) {
    await createStaffUser({ email: SEEDED_ADMIN, password: DEMO_PASSWORD })
    seededAdminCreated = true
  }
  return login(SEEDED_ADMIN, DEMO_PASSWORD)
}

afterAll(async () => {
  if (!seededAdminCreated) return
  const identities = await sqlRows<{ auth_identity_id: string }>(
    "SELECT auth_identity_id FROM provider_identity WHERE entity_id = $1",
    [SEEDED_ADMIN],
  )
  await sqlRows("DELETE FROM provider_identity WHERE entity_id = $1", [SEEDED_ADMIN])
  await sqlRows("DELETE FROM auth_identity WHERE id = ANY($1)", [identities.map((i) => i.auth_identity_id)])
  await sqlRows('DELETE FROM "user" WHERE email = $1', [SEEDED_ADMIN])
})

/** A buyer account (customer) with an email/password login. */
async function buyer(email: string, password: string) {
  const { key } = await seededStore()
  const registered = await api("/auth/customer/emailpass/register", { body: { email, password } })
  expect(registered.status).toBe(200)
  const created = await api("/store/customers", {
    key,
    token: registered.body.token,
    body: { email, first_name: "Mai", last_name: "Nguyễn" },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  return { key, customerId: created.body.customer.id as string }
}

/** Whether the buyer still signs in with the password and reaches their own account. */
async function buyerSignsIn(key: string, email: string, password: string) {
  const res = await api("/auth/customer/emailpass", { body: { email, password } })
  if (res.status !== 200) return false
  return (await api("/store/customers/me", { key, token: res.body.token })).body.customer?.email === email
}

describe("an invite never takes over another account", () => {
  it("refuses a staff member's address (the seeded administrator's) and the administrator keeps the password", async () => {
    await seededAdmin()
    const producer = await createProducer(staff)
    for (const email of [SEEDED_ADMIN, ` ${SEEDED_ADMIN.toUpperCase()} `]) {
      const res = await api("/admin/producer-users", {
        token: staff,
        body: { producer_id: producer.id, email, name: "Kẻ gian" },
        headers: { "accept-language": "en" },
      })
      expect(res.status, email).toBe(409)
      expect(res.body.errors.email).toBe(
        "This email already signs in to another account (staff or buyer); invite this person with a different email",
      )
    }
    const vi = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: producer.id, email: SEEDED_ADMIN, name: "Kẻ gian" },
    })
    expect(vi.body.message).toMatch(/^Email này đang dùng để đăng nhập một tài khoản khác/)
    expect(await sqlRows("SELECT 1 FROM producer_user WHERE email = $1", [SEEDED_ADMIN])).toEqual([])
    const admin = await login(SEEDED_ADMIN, DEMO_PASSWORD)
    expect((await api("/admin/users/me", { token: admin })).body.user.email).toBe(SEEDED_ADMIN)
    // The login names no producer user: its producer token (Medusa gives one without an actor) opens nothing.
    const asProducer = await api("/auth/producer/emailpass", { body: { email: SEEDED_ADMIN, password: DEMO_PASSWORD } })
    expect((await api("/producer/me", { token: asProducer.body.token })).status).toBe(401)
    const [identity] = await sqlRows<{ app_metadata: Record<string, unknown> }>(
      "SELECT a.app_metadata FROM auth_identity a JOIN provider_identity p ON p.auth_identity_id = a.id WHERE p.entity_id = $1",
      [SEEDED_ADMIN],
    )
    expect(Object.keys(identity!.app_metadata)).toEqual(["user_id"])
  })

  it("refuses a buyer's address, and the buyer keeps the password", async () => {
    const email = `nguoi-mua-${unique()}@h.test`
    const { key } = await buyer(email, "mat-khau-nguoi-mua")
    const producer = await createProducer(staff)
    const res = await api("/admin/producer-users", {
      token: staff,
      body: { producer_id: producer.id, email, name: "Kẻ gian" },
    })
    expect(res.status).toBe(409)
    expect(res.body.errors).toHaveProperty("email")
    expect(await sqlRows("SELECT 1 FROM producer_user WHERE email = $1", [email])).toEqual([])
    expect(await buyerSignsIn(key, email, "mat-khau-nguoi-mua")).toBe(true)
  })

  it("refuses to accept once the address has become someone else's login, and sets no password", async () => {
    const producer = await createProducer(staff)
    const email = `sau-loi-moi-${unique()}@h.test`
    const { user, inviteToken } = await invite(staff, producer.id, email)
    const { key } = await buyer(email, "mat-khau-nguoi-mua")
    const res = await api("/producer/invites/accept", {
      body: { token: inviteToken, password: "mat-khau-ke-gian" },
      headers: { "accept-language": "en" },
    })
    expect(res.status).toBe(409)
    expect(res.body.message).toMatch(/already signs in to another account/)
    expect(await buyerSignsIn(key, email, "mat-khau-nguoi-mua")).toBe(true)
    expect((await api("/auth/customer/emailpass", { body: { email, password: "mat-khau-ke-gian" } })).status).toBe(401)
    expect((await api("/auth/producer/emailpass", { body: { email, password: "mat-khau-ke-gian" } })).status).toBe(401)
    expect((await producerUserRow(user.id)).status).toBe("invited")
    const [identity] = await sqlRows<{ app_metadata: Record<string, unknown> }>(
      "SELECT a.app_metadata FROM auth_identity a JOIN provider_identity p ON p.auth_identity_id = a.id WHERE p.entity_id = $1",
      [email],
    )
    expect(identity!.app_metadata).not.toHaveProperty("producer_id")
  })

  it("refuses to accept for a staff member's address too", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken, email } = await invite(staff, producer.id)
    await createStaffUser({ email, password: "mat-khau-can-bo" })
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-ke-gian" } })).status,
    ).toBe(409)
    expect((await api("/auth/user/emailpass", { body: { email, password: "mat-khau-can-bo" } })).status).toBe(200)
    expect((await producerUserRow(user.id)).status).toBe("invited")
  })
})

describe("who may call what", () => {
  it("producer tokens get 401 on staff routes, staff tokens and no token get 401 on producer routes", async () => {
    const { token } = await producerAccount(staff)
    for (const path of [
      "/admin/producers",
      "/admin/products",
      "/admin/producer-users",
      "/admin/orders",
      "/admin/users/me",
    ]) {
      expect((await api(path, { token })).status, path).toBe(401)
    }
    expect((await api("/admin/producers", { token, body: { name: "x" } })).status).toBe(401)
    for (const path of [
      "/producer/me",
      "/producer/profile",
      "/producer/orders",
      "/producer/sales",
      "/producer/dashboard",
      "/producer/certificates",
    ]) {
      expect((await api(path, { token: staff })).status, path).toBe(401)
      expect((await api(path)).status, path).toBe(401)
    }
    expect((await api("/producer/profile", { token: staff, body: { story_vi: "x" } })).status).toBe(401)
    for (const path of ["/producer/products/prod_any", "/producer/orders/order_any"]) {
      expect((await api(path, { token: staff })).status, path).toBe(401)
    }
  })

  it("producer tokens cannot act on staff routes: disable a user, reject a review, upload", async () => {
    const { user, token } = await producerAccount(staff)
    const other = await producerAccount(staff)
    const disable = await api(`/admin/producer-users/${other.user.id}/disable`, { token, method: "POST" })
    expect(disable.status).toBe(401)
    expect((await producerUserRow(other.user.id)).status).toBe("active")
    expect((await api(`/admin/producer-users/${user.id}/enable`, { token, method: "POST" })).status).toBe(401)
    expect((await api("/admin/product-reviews/prev_any/reject", { token, body: { comment: "Không" } })).status).toBe(
      401,
    )
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" }), "a.png")
    const upload = await fetch(`${inject("backendUrl")}/admin/uploads`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(upload.status).toBe(401)
  })

  it("the console may call producer routes from its origin", async () => {
    const res = await fetch(`${inject("backendUrl")}/producer/me`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:3001",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3001")
    const stranger = await fetch(`${inject("backendUrl")}/producer/me`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
    })
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull()
  })
})

describe("locking out", () => {
  it("suspending the producer stops its users' tokens at once; reactivating lets them back", async () => {
    const { producer, token } = await producerAccount(staff)
    expect((await api("/producer/me", { token })).status).toBe(200)
    expect((await api(`/admin/producers/${producer.id}`, { token: staff, body: { status: "suspended" } })).status).toBe(
      200,
    )
    const locked = await api("/producer/orders", { token, headers: { "accept-language": "en" } })
    expect(locked.status).toBe(401)
    expect(locked.body).toEqual({
      type: "unauthorized",
      message: "This account is no longer active or its producer is suspended",
    })
    expect((await api("/producer/profile", { token, body: { story_vi: "Vẫn sửa được?" } })).status).toBe(401)
    expect(
      (await sqlRows<{ story_vi: string | null }>("SELECT story_vi FROM producer WHERE id = $1", [producer.id]))[0]!
        .story_vi,
    ).toBeNull()
    expect((await api(`/admin/producers/${producer.id}`, { token: staff, body: { status: "active" } })).status).toBe(
      200,
    )
    expect((await api("/producer/me", { token })).status).toBe(200)
  })

  it("a suspended producer's token gets 401 on every producer route", async () => {
    const { producer, token } = await producerAccount(staff)
    const created = await api("/producer/products", {
      token,
      body: {
        title: `Sản phẩm ${unique()}`,
        product_group: "food",
        origin_district: "bac-ha",
        variants: [{ title: "Hộp", price_vnd: 1000 }],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const product = created.body.product
    expect((await api(`/admin/producers/${producer.id}`, { token: staff, body: { status: "suspended" } })).status).toBe(
      200,
    )
    const routes: [string, string, unknown?][] = [
      ["GET", "/producer/me"],
      ["GET", "/producer/products"],
      [
        "POST",
        "/producer/products",
        { title: "x", product_group: "food", origin_district: "bac-ha", variants: [{ title: "Hộp", price_vnd: 1 }] },
      ],
      ["GET", `/producer/products/${product.id}`],
      ["POST", `/producer/products/${product.id}`, { title: "Đổi khi bị tạm dừng" }],
      ["POST", `/producer/products/${product.id}/stock`, { variant_id: product.variants[0].id, quantity: 5 }],
      ["GET", "/producer/profile"],
      ["POST", "/producer/profile", { story_vi: "Vẫn sửa được?" }],
      ["GET", "/producer/certificates"],
      ["GET", "/producer/orders"],
      ["GET", "/producer/orders/order_any"],
      ["GET", "/producer/sales"],
      ["GET", "/producer/dashboard"],
    ]
    for (const [method, path, body] of routes) {
      const res = await api(path, { token, method, body })
      expect(res.status, `${method} ${path}`).toBe(401)
      expect(res.body.type, `${method} ${path}`).toBe("unauthorized")
    }
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array([137, 80, 78, 71])], { type: "image/png" }), "a.png")
    const upload = await fetch(`${inject("backendUrl")}/producer/uploads`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(upload.status, "POST /producer/uploads").toBe(401)
    // Nothing was written meanwhile.
    const reviews = await sqlRows<{ changes: { title?: string } }>(
      "SELECT changes FROM product_review WHERE product_id = $1",
      [product.id],
    )
    expect(reviews.map((r) => r.changes.title)).toEqual([product.title])
    expect(await sqlRows("SELECT 1 FROM product_review WHERE producer_id = $1", [producer.id])).toHaveLength(1)
    expect(
      (await sqlRows<{ story_vi: string | null }>("SELECT story_vi FROM producer WHERE id = $1", [producer.id]))[0]!
        .story_vi,
    ).toBeNull()
  })

  it("a suspended producer's invite cannot be accepted until it is active again", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken, email } = await invite(staff, producer.id)
    expect((await api(`/admin/producers/${producer.id}`, { token: staff, body: { status: "suspended" } })).status).toBe(
      200,
    )
    const refused = await api("/producer/invites/accept", {
      body: { token: inviteToken, password: "mat-khau-moi" },
      headers: { "accept-language": "en" },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/producer is suspended/)
    expect(await producerUserRow(user.id)).toMatchObject({ status: "invited", invite_token_hash: expect.any(String) })
    expect(await sqlRows("SELECT 1 FROM provider_identity WHERE entity_id = $1", [email])).toEqual([])
    expect((await api(`/admin/producers/${producer.id}`, { token: staff, body: { status: "active" } })).status).toBe(
      200,
    )
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-moi" } })).status,
    ).toBe(200)
  })

  it("a disabled user is locked out (a fresh log-in too) until enabled again", async () => {
    const { user, email, password, token } = await producerAccount(staff)
    const disabled = await api(`/admin/producer-users/${user.id}/disable`, { token: staff, method: "POST" })
    expect(disabled.body.producer_user.status).toBe("disabled")
    expect((await api("/producer/me", { token })).status).toBe(401)
    const fresh = await api("/auth/producer/emailpass", { body: { email, password } })
    expect((await api("/producer/me", { token: fresh.body.token })).status).toBe(401)
    const enabled = await api(`/admin/producer-users/${user.id}/enable`, { token: staff, method: "POST" })
    expect(enabled.body.producer_user.status).toBe("active")
    expect((await api("/producer/me", { token })).status).toBe(200)
    expect((await api("/admin/producer-users/pdus_nope/disable", { token: staff, method: "POST" })).status).toBe(404)
  })

  it("disabling an invited user kills the invite; enabling leaves them to be invited again", async () => {
    const producer = await createProducer(staff)
    const { user, inviteToken } = await invite(staff, producer.id)
    await api(`/admin/producer-users/${user.id}/disable`, { token: staff, method: "POST" })
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-moi" } })).status,
    ).toBe(400)
    const enabled = await api(`/admin/producer-users/${user.id}/enable`, { token: staff, method: "POST" })
    expect(enabled.body.producer_user.status).toBe("invited")
    expect(
      (await api("/producer/invites/accept", { body: { token: inviteToken, password: "mat-khau-moi" } })).status,
    ).toBe(400)
  })
})
