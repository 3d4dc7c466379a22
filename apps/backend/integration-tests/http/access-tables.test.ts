import { buyerMayCall, isAdminRouteWithoutStaff, producerMayCall, staffMayCall, type StaffRole } from "@ocop/domain"
import { beforeAll, describe, expect, it } from "vitest"
import { seededStore } from "./checkout-helpers"
import { clerkOf } from "./counter-helpers"
import { adminToken, api, staffMember } from "./helpers"
import { producerAccount } from "./producer-helpers"

type RegisteredRoute = { path: string; methods: string[] }

let admin: string
let routes: RegisteredRoute[]
const staff: { role: StaffRole | null; token: string }[] = []

/** A registered route pattern made callable: every parameter becomes an id that exists nowhere. */
const concrete = (pattern: string) => pattern.replace(/:[A-Za-z_]+\??/g, "sec_missing_1")

/** Calls every (route, method) in parallel batches: a thousand requests would take minutes one by one. */
async function eachCall<T>(calls: T[], run: (call: T) => Promise<void>, width = 8) {
  for (let i = 0; i < calls.length; i += width) await Promise.all(calls.slice(i, i + width).map(run))
}

const callsUnder = (prefix: string) =>
  routes
    .filter((r) => r.path.startsWith(prefix) && !r.path.includes("*") && !r.path.includes("("))
    .flatMap((r) =>
      r.methods.filter((m) => m !== "HEAD" && m !== "OPTIONS").map((method) => ({ method, path: concrete(r.path) })),
    )

// Five accounts, one per role and a counter clerk (written in SQL by the helpers, no CLI).
beforeAll(async () => {
  admin = await adminToken()
  for (const role of ["ocop_office", "trade_promotion", null] as const) {
    staff.push({ role, token: (await staffMember(admin, role)).token })
  }
  // A counter clerk of the seeded Sa Pa showroom (issue 14).
  const places = await api("/admin/points-of-sale", { token: admin })
  const sapa = places.body.points_of_sale.find((p: { code: string }) => p.code === "sa-pa")
  staff.push({ role: "pos_clerk", token: (await clerkOf(admin, [sapa.id])).token })
  const listed = await api("/admin/security/routes", { token: admin })
  expect(listed.status).toBe(200)
  routes = listed.body.routes
}, 300_000)

describe("deny by default, checked against what the server registers (decision 015)", () => {
  it("refuses every admin route to every other role unless the table grants it", async () => {
    // Routes that take no staff actor check their own token and have their own tests.
    const calls = callsUnder("/admin/").filter(({ method, path }) => !isAdminRouteWithoutStaff(method, path))
    // Medusa registers a few hundred admin routes; a short list would mean the walk missed them.
    expect(calls.length).toBeGreaterThan(250)
    const wrong: string[] = []
    let granted = 0
    await eachCall(
      calls.flatMap((call) => staff.map((who) => ({ ...call, who }))),
      async ({ method, path, who }) => {
        const may = staffMayCall(who.role, method, path)
        const res = await api(path, {
          method,
          token: who.token,
          body: method === "GET" || method === "DELETE" ? undefined : {},
        })
        if (may) granted++
        // A route that opted out of Medusa's sign-in has no actor to judge: it is refused with 401.
        const refused = res.status === 403 || res.status === 401
        if (may === refused) {
          wrong.push(
            `${who.role ?? "no role"} ${method} ${path}: ${res.status} (table: ${may ? "granted" : "refused"})`,
          )
        }
      },
    )
    expect(wrong).toEqual([])
    expect(granted).toBeGreaterThan(40)
  })

  it("keeps from trade promotion what finding 2 reached: staff e-mails, keys, workflows, reservations", async () => {
    const promotion = staff.find((s) => s.role === "trade_promotion")!.token
    for (const [method, path] of [
      ["GET", "/admin/search?entity=user&q=a"],
      ["GET", "/admin/api-keys"],
      ["GET", "/admin/workflows-executions"],
      ["GET", "/admin/notifications"],
      ["GET", "/admin/reservations"],
      ["POST", "/admin/reservations"],
      ["GET", "/admin/customers"],
    ] as const) {
      const res = await api(path, { method, token: promotion, body: method === "POST" ? {} : undefined })
      expect(res.status, `${method} ${path}`).toBe(403)
    }
  })

  it("closes Medusa's invites and writes to /admin/users/me to everyone, the administrator too", async () => {
    for (const token of [admin, ...staff.map((s) => s.token)]) {
      expect((await api("/admin/invites", { token })).status).toBe(403)
      expect((await api("/admin/invites", { token, body: { email: "x@ocop.test" } })).status).toBe(403)
      expect((await api("/admin/users/me", { token, body: { metadata: { role: "admin" } } })).status).toBe(403)
      expect((await api("/admin/users/me", { token })).status).toBe(200)
    }
    // Accepting needs no staff actor but is closed all the same.
    expect((await api("/admin/invites/accept", { body: { invite_token: "x" } })).status).toBeGreaterThanOrEqual(400)
  })

  it("refuses producers every /producer route the producer table does not list", async () => {
    const { token } = await producerAccount(admin)
    const refused = callsUnder("/producer").filter(({ method, path }) => !producerMayCall(method, path))
    const unlisted = [
      { method: "DELETE", path: "/producer/products/prod_x" },
      { method: "GET", path: "/producer/x" },
    ]
    for (const { method, path } of [...refused, ...unlisted]) {
      expect((await api(path, { method, token })).status, `${method} ${path}`).toBe(403)
    }
    expect((await api("/producer/me", { token })).status).toBe(200)
  })

  it("refuses buyers every store write the storefront does not use", async () => {
    const { key } = await seededStore()
    const refused = callsUnder("/store/").filter(({ method, path }) => !buyerMayCall(method, path))
    expect(refused.length).toBeGreaterThan(3)
    for (const { method, path } of refused) {
      expect(
        (await api(path, { method, key, body: method === "DELETE" ? undefined : {} })).status,
        `${method} ${path}`,
      ).toBe(403)
    }
  })
})
