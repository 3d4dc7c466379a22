import { describe, expect, it } from "vitest"
import { DEFAULT_BACKEND_URL, parseConfig } from "./config"

describe("parseConfig", () => {
  it("defaults to the local Medusa backend", () => {
    expect(parseConfig({}).backendUrl).toBe(DEFAULT_BACKEND_URL)
    expect(parseConfig({ VITE_MEDUSA_BACKEND_URL: "  " }).backendUrl).toBe(DEFAULT_BACKEND_URL)
  })

  it("strips trailing slashes and keeps a path prefix", () => {
    expect(parseConfig({ VITE_MEDUSA_BACKEND_URL: "https://api.ocop.vn/" }).backendUrl).toBe("https://api.ocop.vn")
    expect(parseConfig({ VITE_MEDUSA_BACKEND_URL: "https://x.vn/medusa//" }).backendUrl).toBe("https://x.vn/medusa")
  })

  it("rejects values that are not http(s) URLs", () => {
    expect(() => parseConfig({ VITE_MEDUSA_BACKEND_URL: "localhost:9000" })).toThrow(/http or https/)
    expect(() => parseConfig({ VITE_MEDUSA_BACKEND_URL: "not a url" })).toThrow(/not a valid URL/)
    expect(() => parseConfig({ VITE_MEDUSA_BACKEND_URL: "ftp://x.vn" })).toThrow(/http or https/)
    expect(() => parseConfig({ VITE_MEDUSA_BACKEND_URL: "http://x.vn/?a=1" })).toThrow(/query/)
  })
})
