import { describe, expect, it } from "vitest"
import { apiErrorHandler, badQueryParameter, pathIsClean } from "./path-guard"

describe("pathIsClean", () => {
  it("takes ordinary and Vietnamese paths", () => {
    expect(pathIsClean("/store/catalogue/mat-ong-bac-ha")).toBe(true)
    expect(pathIsClean("/store/certificates/OCOP-LC-2024-0001")).toBe(true)
    expect(pathIsClean("/store/catalogue/m%E1%BA%ADt%20ong")).toBe(true)
    expect(pathIsClean("/store/certificates/%25")).toBe(true)
  })

  it("refuses broken escapes and control characters (finding 6)", () => {
    expect(pathIsClean("/store/catalogue/%00")).toBe(false)
    expect(pathIsClean("/admin/producers/%E0%A4%A")).toBe(false)
    expect(pathIsClean("/store/products/%")).toBe(false)
    expect(pathIsClean("/store/products/a%0Ab")).toBe(false)
    expect(pathIsClean("/store/products/%7F")).toBe(false)
  })
})

describe("badQueryParameter", () => {
  it("names the parameter that holds a NUL or does not decode", () => {
    expect(badQueryParameter("q=m%E1%BA%ADt+ong&limit=10")).toBeNull()
    expect(badQueryParameter("")).toBeNull()
    expect(badQueryParameter("q=%F0%9F%98%80%00&stars=9")).toBe("q")
    expect(badQueryParameter("limit=1&order=%E0%A4%A")).toBe("order")
    expect(badQueryParameter("a%00b=1")).toBe("ab")
  })
})

describe("apiErrorHandler", () => {
  function answer(error: unknown, language = "vi") {
    const sent = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> }
    const res = {
      setHeader: (name: string, value: string) => void (sent.headers[name] = value),
      status(code: number) {
        sent.status = code
        return this
      },
      json: (body: unknown) => void (sent.body = body),
    }
    const req = { get: (name: string) => (name === "accept-language" ? language : undefined) }
    apiErrorHandler(error, req as never, res as never, () => undefined)
    return sent
  }

  it("answers a lock that timed out under contention with 409 busy and Retry-After, not a 500", () => {
    const sent = answer(new Error("Timed-out acquiring lock."))
    expect(sent.status).toBe(409)
    expect(sent.headers["Retry-After"]).toBe("1")
    expect(sent.body).toMatchObject({ type: "conflict", code: "busy" })
    expect((sent.body as { message: string }).message).toMatch(/thử lại/)
  })

  it("answers 409 busy for a lock timeout a workflow passes on as a plain object", () => {
    const sent = answer({ name: "Error", message: "Timed-out acquiring lock.", stack: "" })
    expect(sent.status).toBe(409)
    expect(sent.body).toMatchObject({ type: "conflict", code: "busy" })
  })

  it("answers a path Express could not decode with 400 naming the path", () => {
    const sent = answer(new URIError("URI malformed"))
    expect(sent.status).toBe(400)
    expect(sent.body).toMatchObject({ type: "invalid_data", errors: { path: expect.any(String) } })
  })
})
