import { beforeAll, describe, expect, it } from "vitest"
import { seededStore } from "./checkout-helpers"
import { adminToken, api } from "./helpers"
import { producerAccount } from "./producer-helpers"

type RegisteredRoute = { path: string; methods: string[] }

/** Path values that broke routes before the guard (finding 6), and their neighbours. */
const BAD_SEGMENTS = ["%00", "%E0%A4%A", "%", "a%0Ab", "%C0", "%FF%FE"]

let routes: RegisteredRoute[]
const callers: Record<string, { token?: string; key?: string }> = {}

beforeAll(async () => {
  const admin = await adminToken()
  routes = (await api("/admin/security/routes", { token: admin })).body.routes
  const { key } = await seededStore()
  callers.admin = { token: admin }
  callers.store = { key }
  callers.producer = { token: (await producerAccount(admin)).token }
  callers.auth = {}
})

const callerOf = (path: string) => callers[path.split("/")[1]!] ?? {}

describe("bad path encoding is refused in front of every route (finding 6)", () => {
  it("answers 400 naming the path, never a 5xx, for every route with a parameter, Medusa's too", async () => {
    const withParams = routes.filter((r) => r.path.includes("/:") && !/[*(]/.test(r.path))
    expect(withParams.length).toBeGreaterThan(100)
    const failures: string[] = []
    let checked = 0
    for (const route of withParams) {
      const method = route.methods.includes("GET") ? "GET" : route.methods[0]!
      const calls = BAD_SEGMENTS.map((bad) => route.path.replace(/:[A-Za-z_]+\??/, bad).replace(/:[A-Za-z_]+\??/g, "x"))
      await Promise.all(
        calls.map(async (path) => {
          const res = await api(path, { method, ...callerOf(path), body: method === "GET" ? undefined : {} })
          checked++
          if (
            res.status >= 500 ||
            (res.status === 400 && !res.body?.errors?.path && res.body?.type !== "invalid_data")
          ) {
            failures.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`)
          }
        }),
      )
    }
    expect(failures).toEqual([])
    expect(checked).toBeGreaterThan(600)
  })

  it("refuses the issue's examples with errors.path, and reads %25 once", async () => {
    const { key } = callers.store!
    for (const path of ["/store/catalogue/%00", "/store/products/%00", "/store/certificates/%E0%A4%A"]) {
      const res = await api(path, { key })
      expect(res.status, path).toBe(400)
      expect(res.body.errors.path).toBe("Đường dẫn không hợp lệ")
    }
    const admin = await api("/admin/producers/%E0%A4%A", { ...callers.admin, headers: { "accept-language": "en" } })
    expect(admin.status).toBe(400)
    expect(admin.body.errors).toEqual({ path: "Invalid path" })
    const percent = await api("/store/certificates/%25", { key })
    expect(percent.status).toBe(200)
    expect(percent.body).toMatchObject({ certificate_number: "%", status: "unknown" })
  })
})
