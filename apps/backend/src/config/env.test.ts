import path from "node:path"
import { describe, expect, it } from "vitest"
import { BackendEnvError, loadBackendEnv } from "./env"
import { infrastructureModules } from "./modules"

const strongSecret = "x".repeat(20) + "y".repeat(20)

describe("loadBackendEnv", () => {
  it("falls back to development secrets and local origins in development", () => {
    const env = loadBackendEnv({ NODE_ENV: "development" })
    expect(env.jwtSecret).toMatch(/not-for-production/)
    expect(env.storeCors).toBe("http://localhost:3000")
    expect(env.authCors).toContain("http://localhost:3001")
    expect(env.redisUrl).toBeUndefined()
  })

  it("refuses production without secrets or database and names each variable", () => {
    try {
      loadBackendEnv({ NODE_ENV: "production" })
      expect.unreachable("production without secrets must throw")
    } catch (error) {
      expect(error).toBeInstanceOf(BackendEnvError)
      const problems = (error as BackendEnvError).problems.join("\n")
      expect(problems).toContain("DATABASE_URL is missing")
      expect(problems).toContain("JWT_SECRET is missing")
      expect(problems).toContain("COOKIE_SECRET is missing")
    }
  })

  it.each(["supersecret", "SuperSecret", "ocop-dev-jwt-secret-not-for-production"])(
    "refuses the known default secret %s in production",
    (secret) => {
      expect(() =>
        loadBackendEnv({
          NODE_ENV: "production",
          DATABASE_URL: "postgres://db/ocop",
          JWT_SECRET: secret,
          COOKIE_SECRET: strongSecret,
        }),
      ).toThrow(/JWT_SECRET is a known default secret/)
    },
  )

  it("refuses short secrets in production", () => {
    expect(() =>
      loadBackendEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://db/ocop",
        JWT_SECRET: strongSecret,
        COOKIE_SECRET: "short-but-not-default",
      }),
    ).toThrow(/COOKIE_SECRET is too short/)
  })

  it("accepts production with strong secrets", () => {
    const env = loadBackendEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/ocop",
      JWT_SECRET: strongSecret,
      COOKIE_SECRET: strongSecret + "z",
      REDIS_URL: "redis://127.0.0.1:6379",
      VIETQR_BANK_BIN: "970415",
      VIETQR_ACCOUNT_NO: "113366668888",
      VIETQR_ACCOUNT_NAME: "HTX OCOP",
    })
    expect(env.databaseUrl).toBe("postgres://db/ocop")
    expect(env.redisUrl).toBe("redis://127.0.0.1:6379")
  })

  it("refuses production without the account that receives transfers, unless the sample is chosen", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/ocop",
      JWT_SECRET: strongSecret,
      COOKIE_SECRET: strongSecret + "z",
    } as const
    expect(() => loadBackendEnv(production)).toThrow(
      /VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME are missing/,
    )
    const demo = loadBackendEnv({ ...production, OCOP_VIETQR_SAMPLE_ACCOUNT: "true" })
    expect(demo.vietqr.sample).toBe(true)
  })

  it("rejects a REDIS_URL that is not a redis URL", () => {
    expect(() => loadBackendEnv({ NODE_ENV: "development", REDIS_URL: "http://cache" })).toThrow(
      /REDIS_URL must start with redis:/,
    )
  })
})

describe("infrastructureModules", () => {
  it("uses only in-memory infrastructure without Redis", () => {
    const resolves = infrastructureModules(loadBackendEnv({})).map((m) => m.resolve)
    expect(resolves.some((r) => r.includes("redis"))).toBe(false)
  })

  it("uses Medusa's Redis event bus, workflow engine, locking and caching with Redis", () => {
    const modules = infrastructureModules(loadBackendEnv({ REDIS_URL: "redis://127.0.0.1:6379" }))
    const text = JSON.stringify(modules)
    for (const name of ["event-bus-redis", "workflow-engine-redis", "locking-redis", "caching-redis"]) {
      expect(text).toContain(name)
    }
  })
})

describe("VietQR receiving account", () => {
  it("falls back to a labelled sample account", () => {
    const { vietqr } = loadBackendEnv({ NODE_ENV: "development" })
    expect(vietqr.sample).toBe(true)
    expect(vietqr.accountName).toMatch(/MAU/)
  })

  it("reads a real account and refuses a partial or malformed one", () => {
    const env = {
      NODE_ENV: "development",
      VIETQR_BANK_BIN: "970415",
      VIETQR_ACCOUNT_NO: "113366668888",
      VIETQR_ACCOUNT_NAME: "HTX OCOP",
    } as const
    expect(loadBackendEnv(env).vietqr).toEqual({
      bankBin: "970415",
      accountNumber: "113366668888",
      accountName: "HTX OCOP",
      sample: false,
    })
    expect(() => loadBackendEnv({ ...env, VIETQR_ACCOUNT_NAME: "" })).toThrow(/must be set together/)
    expect(() => loadBackendEnv({ ...env, VIETQR_BANK_BIN: "9704" })).toThrow(/6-digit NAPAS BIN/)
    expect(() => loadBackendEnv({ ...env, VIETQR_ACCOUNT_NO: "12-34" })).toThrow(/VIETQR_ACCOUNT_NO/)
  })
})

describe("console address for invite links", () => {
  it("defaults to the local console, drops a trailing slash and refuses a non-http URL", () => {
    expect(loadBackendEnv({ NODE_ENV: "development" }).consoleUrl).toBe("http://localhost:3001")
    expect(loadBackendEnv({ NODE_ENV: "development", OCOP_CONSOLE_URL: "https://console.ocop.vn/" }).consoleUrl).toBe(
      "https://console.ocop.vn",
    )
    expect(() => loadBackendEnv({ NODE_ENV: "development", OCOP_CONSOLE_URL: "ftp://console" })).toThrow(
      /OCOP_CONSOLE_URL/,
    )
  })
})

describe("file folders (decision 018)", () => {
  it("keeps uploads and Medusa's private files out of static/, and private files out of the served folder", () => {
    const env = loadBackendEnv({ NODE_ENV: "development" })
    const served = path.resolve("static")
    expect(env.uploadDir.startsWith(served)).toBe(false)
    expect(env.privateUploadDir.startsWith(served)).toBe(false)
    expect(env.privateUploadDir.startsWith(`${env.uploadDir}${path.sep}`)).toBe(false)
    expect(env.privateUploadDir).not.toBe(env.uploadDir)
    const file = infrastructureModules(env)[0]!.options as { providers: { options: Record<string, unknown> }[] }
    expect(file.providers[0]!.options).toMatchObject({
      upload_dir: env.uploadDir,
      private_upload_dir: env.privateUploadDir,
    })
  })
})
