import crypto from "node:crypto"
import knex from "knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it } from "vitest"
import { inject } from "vitest"
import scrubSecretLinks from "../../src/migration-scripts/scrub-secret-links"
import { sqlRows } from "./checkout-helpers"
import { adminToken, api, staffMember, unique } from "./helpers"
import { lastMailTo } from "./mailbox"

let admin: string
let promotion: string

beforeAll(async () => {
  admin = await adminToken()
  promotion = (await staffMember(admin, "trade_promotion")).token
})

describe("no readable secrets at rest (decision 018)", () => {
  it("keeps trade promotion from turning an administrator invite into an administrator (finding 1)", async () => {
    const email = `new-admin-${unique()}@ocop.test`
    const created = await api("/admin/staff/invites", { token: admin, body: { email, role: "admin" } })
    expect(created.status).toBe(201)
    // Every place the link could be read from is closed or holds no token.
    for (const path of ["/admin/notifications?fields=id,to,data", "/admin/invites", "/admin/staff/invites"]) {
      expect((await api(path, { token: promotion })).status, path).toBe(403)
    }
    const [row] = await sqlRows<{ data: Record<string, unknown> }>(
      "SELECT data FROM notification WHERE resource_id = $1",
      [created.body.staff_invite.id],
    )
    const link = lastMailTo(email, "staff-invite")!.data.invite_url as string
    const token = new URLSearchParams(new URL(link).hash.split("?")[1]).get("token")!
    expect(JSON.stringify(row)).not.toContain(token)
    // Registering the invited address is possible (no mailbox check), but what the database holds
    // opens nothing: the stored hash is not a token, and Medusa's accept route is closed.
    const registered = await api("/auth/user/emailpass/register", { body: { email, password: `pw-${unique()}` } })
    expect(registered.status).toBe(200)
    const [stored] = await sqlRows<{ token: string }>("SELECT token FROM invite WHERE id = $1", [
      created.body.staff_invite.id,
    ])
    const withHash = await api("/admin/staff/invites/accept", {
      token: registered.body.token,
      body: { token: stored!.token, first_name: "A", last_name: "B" },
    })
    expect(withHash.status).toBe(400)
    const medusas = await api("/admin/invites/accept", {
      token: registered.body.token,
      body: { invite_token: stored!.token, email, first_name: "A", last_name: "B" },
    })
    expect([401, 403]).toContain(medusas.status)
    expect(await sqlRows('SELECT id FROM "user" WHERE email = $1', [email])).toEqual([])
  })

  it("scrubs links from old notification rows and hashes old invite tokens, keeping old links usable", async () => {
    // medusa db:migrate ran the script once when the test database was made.
    const ran = await sqlRows<{ script_name: string }>("SELECT script_name FROM script_migrations")
    expect(ran.map((r) => r.script_name).join(" ")).toContain("scrub-secret-links")
    const db = knex({ client: "pg", connection: inject("databaseUrl") })
    try {
      const oldToken = `eyJhbGciOiJIUzI1NiJ9.${unique()}.${unique()}`
      const inviteId = `invite_old_${unique()}`
      const notificationId = `noti_old_${unique()}`
      await db("invite").insert({
        id: inviteId,
        email: `old-${unique()}@ocop.test`,
        token: oldToken,
        accepted: false,
        expires_at: new Date(Date.now() + 86_400_000),
        metadata: { role: "ocop_office" },
      })
      await db("notification").insert({
        id: notificationId,
        to: "old@ocop.test",
        channel: "email",
        template: "staff-invite",
        data: { invite_url: `https://console/#/staff-invite?token=${oldToken}`, role: "ocop_office" },
        status: "success",
      })
      const logged: string[] = []
      const container = {
        resolve: (key: string) =>
          key === ContainerRegistrationKeys.PG_CONNECTION ? db : { info: (m: string) => logged.push(m) },
      }
      await scrubSecretLinks({ container: container as never })
      const [notification] = await db("notification").where({ id: notificationId }).select("data")
      expect(notification.data).toEqual({ role: "ocop_office" })
      const [invite] = await db("invite").where({ id: inviteId }).select("token")
      expect(invite.token).toBe(crypto.createHash("sha256").update(oldToken, "utf8").digest("hex"))
      expect(logged.join(" ")).toMatch(/Scrubbed secret links/)
      // Run again, it changes nothing more: hashes are left alone.
      await scrubSecretLinks({ container: container as never })
      expect((await db("invite").where({ id: inviteId }).select("token"))[0].token).toBe(invite.token)
      await db("invite").where({ id: inviteId }).delete()
      await db("notification").where({ id: notificationId }).delete()
    } finally {
      await db.destroy()
    }
  })
})
