import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { devStateFilePath, getPublicEnv, getPublishableKey, parseEnv } from "./env.server"

describe("parseEnv", () => {
  it("applies development defaults", () => {
    const env = parseEnv({})
    expect(env.NODE_ENV).toBe("development")
    expect(env.MEDUSA_BACKEND_URL).toBe("http://localhost:9000")
    expect(env.PUBLIC_STORE_URL).toBe("http://localhost:3000")
    expect(env.MEDUSA_PUBLISHABLE_KEY).toBeUndefined()
  })

  it("strips trailing slashes from URLs and treats empty strings as unset", () => {
    const env = parseEnv({ MEDUSA_BACKEND_URL: "https://api.example.vn/", PUBLIC_STORE_URL: "" })
    expect(env.MEDUSA_BACKEND_URL).toBe("https://api.example.vn")
    expect(env.PUBLIC_STORE_URL).toBe("http://localhost:3000")
  })

  it("refuses a malformed URL with the variable's name", () => {
    expect(() => parseEnv({ MEDUSA_BACKEND_URL: "localhost:9000" })).toThrow(/MEDUSA_BACKEND_URL/)
    expect(() => parseEnv({ PUBLIC_STORE_URL: "ftp://shop" })).toThrow(/PUBLIC_STORE_URL/)
  })

  it("requires the publishable key in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/MEDUSA_PUBLISHABLE_KEY: is required/)
    expect(parseEnv({ NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_abc123" }).MEDUSA_PUBLISHABLE_KEY).toBe(
      "pk_abc123",
    )
  })

  it("refuses a key that is not a publishable key", () => {
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
  })

  it("whitelists only public values for the browser", () => {
    const env = parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", PUBLIC_STORE_URL: "https://ocop.example.vn" })
    expect(getPublicEnv(env)).toEqual({ PUBLIC_STORE_URL: "https://ocop.example.vn" })
  })
})

describe("getPublishableKey", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ocop-sf-"))
  const stateFile = path.join(dir, "dev.json")

  it("prefers the environment variable", () => {
    expect(getPublishableKey(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_env" }))).toBe("pk_env")
  })

  it("defaults the state file to the repo root relative to apps/storefront", () => {
    expect(devStateFilePath(parseEnv({}), "/repo/apps/storefront")).toBe("/repo/.ocop/dev.json")
  })

  it("reads the seed's state file lazily, so a key written later is picked up", () => {
    const env = parseEnv({ OCOP_DEV_STATE_FILE: stateFile })
    expect(getPublishableKey(env)).toBeUndefined()
    writeFileSync(stateFile, JSON.stringify({ publishableKey: "pk_seeded" }))
    expect(getPublishableKey(env)).toBe("pk_seeded")
  })

  it("ignores a malformed state file", () => {
    writeFileSync(stateFile, "{not json")
    expect(getPublishableKey(parseEnv({ OCOP_DEV_STATE_FILE: stateFile }))).toBeUndefined()
  })

  it("never reads the state file in production", () => {
    writeFileSync(stateFile, JSON.stringify({ publishableKey: "pk_seeded" }))
    const env = { ...parseEnv({ OCOP_DEV_STATE_FILE: stateFile }), NODE_ENV: "production" as const }
    expect(getPublishableKey(env)).toBeUndefined()
  })
})
