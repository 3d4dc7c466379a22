import fs from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { seededStore } from "./checkout-helpers"
import { adminToken, api } from "./helpers"
import { producerAccount } from "./producer-helpers"

type Call = { method: string; path: string }

/** Our route files as Express patterns (`[id]` → `:id`), to pick our routes out of what the server registered. */
function ourRoutePatterns(): Set<string> {
  const apiDir = path.resolve(__dirname, "../../src/api")
  const patterns = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const relative = path.relative(apiDir, path.dirname(full)).split(path.sep)
        patterns.add(`/${relative.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")}`)
      }
    }
  }
  walk(apiDir)
  return patterns
}

/** Generated bad bodies: wrong types, huge, negative and fractional numbers, long and odd strings. */
const BAD_BODIES: unknown[] = [
  [],
  "texte",
  { quantity: -1, limit: -5, offset: 1.5, price: 1e308, stars: "năm" },
  { email: 12, name: { nested: true }, handle: ["a"], title: null, reason: "x".repeat(20_000) },
  { id: "\u0000", q: "\ud800", note: "👩🏽‍🌾".repeat(500), producer_id: "' OR 1=1 --" },
]

/** Generated bad query strings, duplicate parameters and broken percent-encoding included. */
const BAD_QUERIES = [
  "limit=-1&offset=-5",
  "limit=1e400&offset=abc",
  "limit=1&limit=2&order=a&order=b",
  `q=${"ả".repeat(3000)}`,
  "q=%F0%9F%98%80%00&stars=9,9,9",
  "created_from=2026-02-31&created_to=hôm-nay",
  "fields=*secret&expand=everything",
]

let callers: Record<string, { token?: string; key?: string }>
let calls: Call[]

beforeAll(async () => {
  const admin = await adminToken()
  const routes: { path: string; methods: string[] }[] = (await api("/admin/security/routes", { token: admin })).body
    .routes
  const ours = ourRoutePatterns()
  calls = routes
    .filter((r) => ours.has(r.path) && /^\/(admin|store|producer)\//.test(r.path))
    .flatMap((r) =>
      r.methods
        .filter((m) => m === "GET" || m === "POST")
        .map((method) => ({ method, path: r.path.replace(/:[A-Za-z_]+/g, "sec_missing_1") })),
    )
  callers = {
    admin: { token: admin },
    store: { key: (await seededStore()).key },
    producer: { token: (await producerAccount(admin)).token },
  }
}, 300_000)

async function send(call: Call, extra: { query?: string; body?: unknown }) {
  const caller = callers[call.path.split("/")[1]!]!
  const url = `${inject("backendUrl")}${call.path}${extra.query ? `?${extra.query}` : ""}`
  const headers: Record<string, string> = { "content-type": "application/json" }
  if (caller.token) headers.authorization = `Bearer ${caller.token}`
  if (caller.key) headers["x-publishable-api-key"] = caller.key
  const res = await fetch(url, {
    method: call.method,
    headers,
    body: call.method === "POST" ? JSON.stringify(extra.body ?? {}) : undefined,
  })
  const text = await res.text()
  let body: any
  try {
    body = JSON.parse(text)
  } catch {
    body = text
  }
  return { status: res.status, body }
}

describe("generated bad input on every custom route (issue 12, fuzzing)", () => {
  it("never answers 5xx, and each 400 names what was wrong", async () => {
    expect(calls.length).toBeGreaterThan(40)
    const failures: string[] = []
    let sent = 0
    for (const call of calls) {
      const attempts =
        call.method === "GET" ? BAD_QUERIES.map((query) => ({ query })) : BAD_BODIES.map((body) => ({ body }))
      await Promise.all(
        attempts.map(async (attempt) => {
          const res = await send(call, attempt)
          sent++
          const unnamed =
            res.status === 400 && !(res.body?.errors && Object.keys(res.body.errors).length > 0) && !res.body?.message
          if (res.status >= 500 || unnamed) {
            failures.push(
              `${call.method} ${call.path} ${JSON.stringify(attempt).slice(0, 60)}: ${res.status} ${JSON.stringify(res.body).slice(0, 140)}`,
            )
          }
        }),
      )
    }
    expect(failures).toEqual([])
    expect(sent).toBeGreaterThan(200)
  }, 600_000)
})
