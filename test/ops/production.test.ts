import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  ensureDatabaseServer,
  freePort,
} from "@ocop/infra/database"
import { mailArriving, startMailCatcher, startS3 } from "@ocop/infra/test-services"
import { bareEnv, healthy, repoRoot, run, startService, stopService, type Service } from "./support/process"

// The operator's order from README "Production", against a database of its own: build with no
// runtime secret, `npm run seed` (migrates, prints the storefront's key), then the compiled
// backend as `npm start` runs it, with Redis, files in an S3-compatible store and mail over SMTP.

const work = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-production-"))
const dbName = `ocop_production_${Date.now()}`
let database: Awaited<ReturnType<typeof ensureDatabaseServer>>
let s3: Awaited<ReturnType<typeof startS3>>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let env: NodeJS.ProcessEnv
let backendUrl: string
let backend: Service | undefined
let publishableKey: string

beforeAll(async () => {
  database = await ensureDatabaseServer({
    serverUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL,
    name: "pg-ops",
    port: 0,
  })
  await createDatabaseIfMissing(database.url, dbName)
  fs.mkdirSync(path.join(work, "mail"))
  s3 = await startS3(path.join(work, "s3"))
  mail = await startMailCatcher(path.join(work, "mail"))
  const port = await freePort()
  backendUrl = `http://localhost:${port}`
  env = {
    ...bareEnv(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrlFor(database.url, dbName),
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    ...s3.env,
    SMTP_URL: mail.url,
    EMAIL_FROM: "OCOP Lào Cai <no-reply@ocop-laocai.test>",
    OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
    BACKEND_PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    OCOP_STOREFRONT_URL: "https://cho.ocop-laocai.test",
    OCOP_CONSOLE_URL: "https://quantri.ocop-laocai.test",
  }
})

afterAll(async () => {
  await stopService(backend)
  await mail?.stop()
  await s3?.stop()
  await dropDatabase(database.url, dbName).catch(() => undefined)
  await database?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe("production as shipped", () => {
  it("builds the backend with no runtime secret in the environment", { timeout: 600_000 }, async () => {
    // What turbo hands the build task: NODE_ENV and nothing secret.
    const built = await run(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "build"], {
      env: { ...bareEnv(), NODE_ENV: "production" },
      cwd: path.join(repoRoot, "apps/backend"),
    })
    expect(built.code, built.output.slice(-3000)).toBe(0)
    expect(fs.existsSync(path.join(repoRoot, "apps/backend/.medusa/server/medusa-config.js"))).toBe(true)
  })

  it("seeds an empty database, migrating it first, and prints the storefront's key", { timeout: 600_000 }, async () => {
    const seeded = await run("npm", ["run", "seed"], { env })
    expect(seeded.code, seeded.output.slice(-3000)).toBe(0)
    expect(seeded.output).toContain("migrations: done")
    const key = seeded.output.match(/MEDUSA_PUBLISHABLE_KEY=(pk_[0-9a-f]+)/)?.[1]
    expect(key).toBeDefined()
    publishableKey = key!
  })

  it(
    "starts the compiled server, which sells the catalogue with pictures from the bucket",
    { timeout: 300_000 },
    async () => {
      backend = startService(process.execPath, [path.join(repoRoot, "infra/bin/start-backend.mjs")], { env })
      await healthy(backendUrl, backend)
      expect(backend.output()).toMatch(/migrations: done/)
      const res = await fetch(`${backendUrl}/store/catalogue?limit=5`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
      expect(res.status).toBe(200)
      const catalogue = (await res.json()) as { count: number; products: { thumbnail: string | null }[] }
      expect(catalogue.count).toBeGreaterThan(50)
      const thumbnail = catalogue.products.find((p) => p.thumbnail)!.thumbnail!
      expect(thumbnail.startsWith(`${env.S3_FILE_URL}/`), thumbnail).toBe(true)
      const picture = await fetch(thumbnail)
      expect(picture.status).toBe(200)
      expect(await picture.text()).toContain("<svg")
    },
  )

  it("mails a password reset through SMTP with a link to the storefront", { timeout: 120_000 }, async () => {
    const email = `khach-${crypto.randomBytes(3).toString("hex")}@example.vn`
    const post = (url: string, body: unknown, token?: string) =>
      fetch(`${backendUrl}${url}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": publishableKey,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
    const registered = (await (
      await post("/auth/customer/emailpass/register", { email, password: "mat-khau-1" })
    ).json()) as {
      token: string
    }
    expect((await post("/store/customers", { email }, registered.token)).status).toBe(200)
    expect((await post("/auth/customer/emailpass/reset-password", { identifier: email })).status).toBe(201)
    const sent = await mailArriving(path.join(work, "mail"), (m) => m.to.includes(email), 60_000).catch((error) => {
      throw new Error(`${error.message}; the backend said:\n${backend!.output().slice(-4000)}`)
    })
    expect(sent.subject).toBe("OCOP Lào Cai: đặt lại mật khẩu")
    expect(sent.text).toMatch(/https:\/\/cho\.ocop-laocai\.test\/account\/reset-password\?token=[^&\s]+&email=/)
  })

  it("refuses to start without Redis, shared files and mail, naming each variable", { timeout: 120_000 }, async () => {
    const { REDIS_URL: _r, S3_BUCKET: _b, SMTP_URL: _s, EMAIL_FROM: _e, ...rest } = env
    const stripped = Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith("S3_")))
    const refused = await run(process.execPath, [path.join(repoRoot, "infra/bin/start-backend.mjs")], {
      env: { ...stripped, MEDUSA_WORKER_MODE: "server", BACKEND_PORT: String(await freePort()) },
    })
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain("not migrating")
    for (const name of ["REDIS_URL is missing", "S3_BUCKET is missing", "SMTP_URL is missing"]) {
      expect(refused.output).toContain(name)
    }
  })
})
