import { describe, expect, it } from "vitest"
import { createHttpClient, toQueryString } from "./http-client"
import { recordingFetch } from "./test-fetch"

describe("toQueryString", () => {
  it("repeats array keys and drops empty values", () => {
    expect(toQueryString({ id: ["a", "b"], q: "", x: undefined, y: null, limit: 10 })).toBe("?id=a&id=b&limit=10")
    expect(toQueryString({})).toBe("")
  })

  it("encodes Vietnamese text", () => {
    expect(toQueryString({ q: "Nấm hương" })).toBe("?q=N%E1%BA%A5m+h%C6%B0%C6%A1ng")
  })
})

describe("createHttpClient", () => {
  it("sends the bearer token and JSON body", async () => {
    const { fetch, calls } = recordingFetch(() => ({ json: { ok: true } }))
    const request = createHttpClient({ baseUrl: "http://api", fetch, getToken: () => "tok" })
    await expect(request("/admin/x", { method: "POST", body: { a: 1 } })).resolves.toEqual({ ok: true })
    expect(calls[0]?.headers.Authorization).toBe("Bearer tok")
    expect(calls[0]?.headers["Content-Type"]).toBe("application/json")
    expect(calls[0]?.body).toEqual({ a: 1 })
  })

  it("omits the Authorization header when signed out", async () => {
    const { fetch, calls } = recordingFetch()
    await createHttpClient({ baseUrl: "http://api", fetch, getToken: () => null })("/admin/x")
    expect(calls[0]?.headers.Authorization).toBeUndefined()
  })

  it("resolves undefined on 204", async () => {
    const { fetch } = recordingFetch(() => ({ status: 204 }))
    const request = createHttpClient({ baseUrl: "http://api", fetch, getToken: () => null })
    await expect(request("/admin/x", { method: "DELETE" })).resolves.toBeUndefined()
  })
})
