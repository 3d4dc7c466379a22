import path from "node:path"
import { describe, expect, it } from "vitest"
import { BackendEnvError, configPhase, loadBackendEnv } from "./env"
import { filesBaseUrl, infrastructureModules } from "./modules"

const strongSecret = "x".repeat(20) + "y".repeat(20)

const S3 = {
  S3_BUCKET: "ocop-files",
  S3_REGION: "ap-southeast-1",
  S3_ENDPOINT: "https://s3.example.vn",
  S3_ACCESS_KEY_ID: "key-id",
  S3_SECRET_ACCESS_KEY: "key-secret",
  S3_FILE_URL: "https://files.example.vn/ocop-files/",
} as const

const PRODUCTION_SECRETS = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://db/ocop",
  JWT_SECRET: strongSecret,
  COOKIE_SECRET: strongSecret + "z",
  OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
} as const

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadBackendEnv(env)
    return []
  } catch (error) {
    return (error as BackendEnvError).problems
  }
}

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
      ...S3,
      SMTP_URL: "smtp://mailer:secret@smtp.example.vn:587",
      VIETQR_BANK_BIN: "970415",
      VIETQR_ACCOUNT_NO: "113366668888",
      VIETQR_ACCOUNT_NAME: "HTX OCOP",
    })
    expect(env.databaseUrl).toBe("postgres://db/ocop")
    expect(env.redisUrl).toBe("redis://127.0.0.1:6379")
    expect(env.files.kind).toBe("s3")
    expect(env.email).toEqual({
      kind: "smtp",
      url: "smtp://mailer:secret@smtp.example.vn:587",
      from: "OCOP Lào Cai <no-reply@ocop-laocai.vn>",
    })
  })

  it("refuses production without the account that receives transfers, unless the sample is chosen", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/ocop",
      JWT_SECRET: strongSecret,
      COOKIE_SECRET: strongSecret + "z",
      OCOP_SINGLE_PROCESS: "true",
      OCOP_EMAIL_LOG_ONLY: "true",
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

  it("keeps Medusa's caching module in memory without Redis on request, capped well below its 300 MB default", () => {
    const caching = infrastructureModules(loadBackendEnv({ OCOP_MEDUSA_CACHE: "memory" })).filter(
      (m) => m.resolve === "@medusajs/medusa/caching",
    )
    expect(caching).toEqual([
      { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true, maxSize: 32 * 1024 * 1024 } } },
    ])
    const withRedis = infrastructureModules(loadBackendEnv({ REDIS_URL: "redis://127.0.0.1:6379" }))
    expect(JSON.stringify(withRedis)).not.toContain("in_memory")
    expect(JSON.stringify(infrastructureModules(loadBackendEnv({})))).not.toContain("caching")
  })

  it("uses Medusa's Redis event bus, workflow engine, locking and caching with Redis, and guards the schedules", () => {
    const modules = infrastructureModules(loadBackendEnv({ REDIS_URL: "redis://127.0.0.1:6379" }))
    const text = JSON.stringify(modules)
    for (const name of [
      "event-bus-redis",
      "workflow-engine-redis",
      "locking-redis",
      "caching-redis",
      "scheduled-jobs",
    ]) {
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

describe("file folders (decision 020)", () => {
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

describe("a production set-up that scales", () => {
  it("refuses to start without Redis, shared files or a mail server, naming each", () => {
    const problems = problemsOf(PRODUCTION_SECRETS).join("\n")
    expect(problems).toMatch(/REDIS_URL is missing.*OCOP_SINGLE_PROCESS=true/)
    expect(problems).toMatch(/S3_BUCKET is missing.*local disk/)
    expect(problems).toMatch(/SMTP_URL is missing.*OCOP_EMAIL_LOG_ONLY=true/)
  })

  it("runs one process on local disk and the log when the operator declares it so", () => {
    const env = loadBackendEnv({ ...PRODUCTION_SECRETS, OCOP_SINGLE_PROCESS: "true", OCOP_EMAIL_LOG_ONLY: "true" })
    expect(env).toMatchObject({ singleProcess: true, files: { kind: "local" }, email: { kind: "log" } })
  })

  it("takes S3 storage whole or not at all, and SMTP only as smtp:// or smtps://", () => {
    expect(problemsOf({ NODE_ENV: "development", S3_BUCKET: "b" })).toEqual([
      "S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FILE_URL missing; S3_BUCKET needs them",
    ])
    expect(problemsOf({ NODE_ENV: "development", S3_REGION: "x" })).toEqual([
      "S3_BUCKET is missing; the other S3_* variables need it",
    ])
    expect(problemsOf({ NODE_ENV: "development", SMTP_URL: "https://mail" })).toEqual([
      "SMTP_URL must start with smtp: or smtps: (got https:)",
    ])
    expect(problemsOf({ NODE_ENV: "development", EMAIL_FROM: "a@b.vn" })).toEqual([
      "EMAIL_FROM is set but SMTP_URL is missing",
    ])
  })

  it("builds without any runtime secret, and checks them all again when the built server runs", () => {
    expect(() => loadBackendEnv({ NODE_ENV: "production" }, "build")).not.toThrow()
    expect(() => loadBackendEnv({ NODE_ENV: "production" }, "run")).toThrow(BackendEnvError)
    // A malformed value is still refused at build: it would be refused at start anyway.
    expect(() => loadBackendEnv({ NODE_ENV: "production", REDIS_URL: "http://x" }, "build")).toThrow(/REDIS_URL/)
  })

  it("knows `medusa build` from every other command", () => {
    expect(configPhase(["/usr/bin/node", "/app/node_modules/.bin/medusa", "build"])).toBe("build")
    expect(configPhase(["/usr/bin/node", "/app/node_modules/@medusajs/cli/cli.js", "build", "--admin-only"])).toBe(
      "build",
    )
    for (const command of ["start", "exec", "db:migrate"]) {
      expect(configPhase(["/usr/bin/node", "/app/node_modules/.bin/medusa", command])).toBe("run")
    }
    expect(configPhase(["/usr/bin/node", "/app/server.js", "build"])).toBe("run")
  })

  it("stores files through Medusa's S3 provider when configured, served from the bucket's URL", () => {
    const env = loadBackendEnv({ NODE_ENV: "development", ...S3, S3_FORCE_PATH_STYLE: "true" })
    const file = infrastructureModules(env).find((m) => m.resolve === "@medusajs/medusa/file")!
    expect(file.options).toEqual({
      providers: [
        {
          resolve: "@medusajs/file-s3",
          id: "s3",
          options: expect.objectContaining({
            bucket: "ocop-files",
            endpoint: "https://s3.example.vn",
            file_url: "https://files.example.vn/ocop-files",
            additional_client_config: { forcePathStyle: true },
          }),
        },
      ],
    })
    expect(filesBaseUrl(env)).toBe("https://files.example.vn/ocop-files")
    expect(filesBaseUrl(loadBackendEnv({ NODE_ENV: "development" }))).toBe("http://localhost:9000/static")
  })

  it("sends e-mail through the SMTP provider when SMTP_URL is set, else only logs it", () => {
    const provider = (env: NodeJS.ProcessEnv) =>
      (
        infrastructureModules(loadBackendEnv(env)).find((m) => m.resolve === "@medusajs/medusa/notification")!
          .options as { providers: { resolve: string; options: Record<string, unknown> }[] }
      ).providers[0]!
    expect(provider({ SMTP_URL: "smtps://u:p@mail.vn:465", EMAIL_FROM: "Shop <shop@mail.vn>" })).toMatchObject({
      resolve: "./src/modules/smtp-notification",
      options: { url: "smtps://u:p@mail.vn:465", from: "Shop <shop@mail.vn>" },
    })
    expect(provider({}).resolve).toBe("./src/modules/ocop-mail")
  })
})
