import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, createStaffUser, login, staffMember, unique } from "./helpers"
import { sqlRows } from "./checkout-helpers"
import { lastMailTo } from "./mailbox"

let admin: string

/** A user made with Medusa's CLI and given `role` by the administrator; returns its token. */
const staffWithRole = async (role: string): Promise<string> => (await staffMember(admin, role)).token

/** The token in an invite link (`…/#/staff-invite?token=…`). */
function tokenOf(inviteUrl: string): string {
  const hash = new URL(inviteUrl).hash
  return new URLSearchParams(hash.slice(hash.indexOf("?") + 1)).get("token")!
}

/** The link in the newest invite mail to `email`: in production only the mailbox gets it. */
function mailedLink(email: string): string {
  const url = lastMailTo(email.trim().toLowerCase(), "staff-invite")?.data.invite_url
  expect(typeof url).toBe("string")
  return url as string
}

async function invite(email: string, role: string) {
  const res = await api("/admin/staff/invites", { token: admin, body: { email, role } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  expect(res.body).not.toHaveProperty("invite_url")
  const { staff_invite } = res.body as { staff_invite: { id: string; email: string; role: string } }
  return { staff_invite, invite_url: mailedLink(email) }
}

/** What the console does: register the email/password identity, then accept with its token. */
async function accept(
  email: string,
  password: string,
  inviteToken: string,
  name = { first_name: "Lan", last_name: "Nguyễn Thị" },
) {
  const registered = await api("/auth/user/emailpass/register", { body: { email, password } })
  expect(registered.status, JSON.stringify(registered.body)).toBe(200)
  return api("/admin/staff/invites/accept", { token: registered.body.token, body: { token: inviteToken, ...name } })
}

const newEmail = () => `invitee-${unique()}@ocop.test`

beforeAll(async () => {
  admin = await adminToken()
})

describe("staff invites", () => {
  it("are for administrators only: the OCOP office and trade promotion get 403, on Medusa's invite routes too", async () => {
    for (const role of ["ocop_office", "trade_promotion"]) {
      const token = await staffWithRole(role)
      const ours = await api("/admin/staff/invites", { token, body: { email: newEmail(), role: "admin" } })
      expect(ours.status).toBe(403)
      expect(ours.body.type).toBe("not_allowed")
      expect((await api("/admin/staff/invites", { token })).status).toBe(403)
      expect(
        (await api("/admin/invites", { token, body: { email: newEmail(), metadata: { role: "admin" } } })).status,
      ).toBe(403)
    }
    expect((await api("/admin/staff/invites", { body: { email: newEmail(), role: "admin" } })).status).toBe(401)
  })

  it("refuse bad input with field errors and write nothing", async () => {
    const email = newEmail()
    const bad = await api("/admin/staff/invites", {
      token: admin,
      body: { email: "not-an-email", role: "boss", metadata: {} },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual({
      email: "Địa chỉ email không hợp lệ",
      role: expect.any(String),
      metadata: "Trường không được hỗ trợ",
    })
    const noRole = await api("/admin/staff/invites", {
      token: admin,
      body: { email },
      headers: { "accept-language": "en" },
    })
    expect(noRole.status).toBe(400)
    expect(Object.keys(noRole.body.errors)).toEqual(["role"])
    const listed = await api("/admin/staff/invites?limit=200", { token: admin })
    expect(listed.body.staff_invites.map((i: any) => i.email)).not.toContain(email)
  })

  it("mail the link and keep no readable token: not in the invite, the notification row or the answer", async () => {
    const email = newEmail()
    const { staff_invite, invite_url } = await invite(` ${email.toUpperCase()} `, "ocop_office")
    expect(staff_invite).toMatchObject({ email, role: "ocop_office", expired: false })
    expect(invite_url).toMatch(/\/#\/staff-invite\?token=/)
    const token = tokenOf(invite_url)
    const rows = await sqlRows<{ to: string; template: string; data: any }>(
      'SELECT "to", template, data FROM notification WHERE resource_id = $1',
      [staff_invite.id],
    )
    expect(rows).toEqual([
      { to: email, template: "staff-invite", data: expect.objectContaining({ role: "ocop_office" }) },
    ])
    expect(JSON.stringify(rows)).not.toContain(token)
    expect(rows[0]!.data.invite_url).toMatch(/^sealed-link:/)
    const [stored] = await sqlRows<{ token: string }>("SELECT token FROM invite WHERE id = $1", [staff_invite.id])
    expect(stored!.token).toMatch(/^[0-9a-f]{64}$/)
    expect(stored!.token).not.toBe(token)
    const listed = await api("/admin/staff/invites?limit=200", { token: admin })
    expect(listed.status).toBe(200)
    const mine = listed.body.staff_invites.find((i: any) => i.id === staff_invite.id)
    expect(mine).toMatchObject({ email, role: "ocop_office", expired: false })
    expect(mine).not.toHaveProperty("token")
    // Inviting the same address again, or an existing account, is a conflict naming the field.
    const again = await api("/admin/staff/invites", { token: admin, body: { email, role: "admin" } })
    expect(again.status).toBe(409)
    expect(again.body.errors.email).toContain("lời mời đang chờ")
    const { email: existing } = await createStaffUser()
    const taken = await api("/admin/staff/invites", { token: admin, body: { email: existing, role: "admin" } })
    expect(taken.status).toBe(409)
    expect(taken.body.errors.email).toBe("Email này đã có tài khoản cán bộ")
  })

  it("give the accepted account the invited role at once", async () => {
    const email = newEmail()
    const password = `pw-${unique()}-${unique()}`
    const { staff_invite, invite_url } = await invite(email, "trade_promotion")
    const accepted = await accept(email, password, tokenOf(invite_url))
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.staff).toMatchObject({
      email,
      first_name: "Lan",
      last_name: "Nguyễn Thị",
      role: "trade_promotion",
    })

    const token = await login(email, password)
    expect((await api("/admin/users/me", { token })).body.user.metadata).toEqual({ role: "trade_promotion" })
    expect((await api("/admin/orders?limit=1", { token })).status).toBe(200)
    expect((await api("/admin/certifications", { token })).status).toBe(403)
    const staff = await api(`/admin/staff?q=${encodeURIComponent(email)}`, { token: admin })
    expect(staff.body.staff).toEqual([expect.objectContaining({ email, role: "trade_promotion" })])
    const listed = await api("/admin/staff/invites?limit=200", { token: admin })
    expect(listed.body.staff_invites.map((i: any) => i.id)).not.toContain(staff_invite.id)
    // The link is used up.
    const other = await api("/auth/user/emailpass/register", { body: { email: newEmail(), password } })
    const twice = await api("/admin/staff/invites/accept", {
      token: other.body.token,
      body: { token: tokenOf(invite_url), first_name: "A", last_name: "B" },
    })
    expect(twice.status).toBe(400)
    expect(twice.body.errors.token).toContain("Lời mời không hợp lệ")
  })

  it("make an administrator of an invited administrator", async () => {
    const email = newEmail()
    const password = `pw-${unique()}-${unique()}`
    const { invite_url } = await invite(email, "admin")
    expect((await accept(email, password, tokenOf(invite_url))).body.staff.role).toBe("admin")
    const token = await login(email, password)
    expect((await api("/admin/staff/invites", { token })).status).toBe(200)
  })

  it("refuse another email's identity, a bad token, a missing name and a caller without a token", async () => {
    const email = newEmail()
    const { invite_url } = await invite(email, "ocop_office")
    const someoneElse = await accept(newEmail(), `pw-${unique()}-${unique()}`, tokenOf(invite_url))
    expect(someoneElse.status).toBe(400)
    expect(someoneElse.body.errors.email).toBe("Email đăng ký không khớp với email được mời")

    const registered = await api("/auth/user/emailpass/register", {
      body: { email, password: `pw-${unique()}-${unique()}` },
    })
    const registration = registered.body.token
    const forged = await api("/admin/staff/invites/accept", {
      token: registration,
      body: { token: "not-a-jwt", first_name: "A", last_name: "B" },
      headers: { "accept-language": "en" },
    })
    expect(forged.status).toBe(400)
    expect(forged.body.message).toMatch(/invalid, used or expired/)
    const nameless = await api("/admin/staff/invites/accept", {
      token: registration,
      body: { token: tokenOf(invite_url), first_name: " " },
    })
    expect(nameless.status).toBe(400)
    expect(Object.keys(nameless.body.errors).sort()).toEqual(["first_name", "last_name"])
    const anonymous = await api("/admin/staff/invites/accept", {
      body: { token: tokenOf(invite_url), first_name: "A", last_name: "B" },
    })
    expect(anonymous.status).toBe(401)
    // A signed-in staff member cannot take a second account.
    const signedIn = await api("/admin/staff/invites/accept", {
      token: admin,
      body: { token: tokenOf(invite_url), first_name: "A", last_name: "B" },
    })
    expect(signedIn.status).toBe(400)
    // None of these used the invite up: the invitee still can.
    const ok = await api("/admin/staff/invites/accept", {
      token: registration,
      body: { token: tokenOf(invite_url), first_name: "Minh", last_name: "Trần" },
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body.staff.role).toBe("ocop_office")
  })

  it("resend with a new link that replaces the old one, and withdraw", async () => {
    const email = newEmail()
    const first = await invite(email, "ocop_office")
    const resent = await api(`/admin/staff/invites/${first.staff_invite.id}/resend`, { token: admin, method: "POST" })
    expect(resent.status).toBe(200)
    expect(resent.body.staff_invite).toMatchObject({ id: first.staff_invite.id, role: "ocop_office" })
    expect(resent.body).not.toHaveProperty("invite_url")
    const resentUrl = mailedLink(email)
    expect(resentUrl).not.toBe(first.invite_url)
    const password = `pw-${unique()}-${unique()}`
    const stale = await accept(email, password, tokenOf(first.invite_url))
    expect(stale.status).toBe(400)

    const withdrawn = await api(`/admin/staff/invites/${first.staff_invite.id}`, { token: admin, method: "DELETE" })
    expect(withdrawn.body).toEqual({ id: first.staff_invite.id, object: "staff_invite", deleted: true })
    // The identity registered above has no user yet; logging in gives a registration token again.
    const after = await api("/auth/user/emailpass", { body: { email, password } })
    expect(after.status).toBe(200)
    const late = await api("/admin/staff/invites/accept", {
      token: after.body.token,
      body: { token: tokenOf(resentUrl), first_name: "A", last_name: "B" },
    })
    expect(late.status).toBe(400)
    expect(
      (await api(`/admin/staff/invites/${first.staff_invite.id}`, { token: admin, method: "DELETE" })).status,
    ).toBe(404)
    expect(
      (await api(`/admin/staff/invites/${first.staff_invite.id}/resend`, { token: admin, method: "POST" })).status,
    ).toBe(404)
  })
})
