import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { mailArriving } from "@ocop/infra/test-services"
import { bareEnv, repoRoot, run } from "../support/process"
import { call } from "../support/shop"
import {
  compiledBackend,
  freePort,
  healthy,
  mailDir,
  medusaCli,
  ops,
  startBackend,
  stopService,
  SWEEP_EVERY_5_SECONDS,
  topology,
} from "../support/topology"

/**
 * Issue 11, point 2: the operator's order from README "Production", against the suite's empty
 * database — build with no runtime secret, `npm run seed` (migrates, prints the storefront's key),
 * then the compiled backend as `npm start` runs it, with Redis, files in an S3-compatible store and
 * mail over SMTP.
 */
export function productionPath() {
  describe("production as shipped", () => {
    it("builds the backend with no runtime secret in the environment", { timeout: 600_000 }, async () => {
      // What turbo hands the build task: NODE_ENV and nothing secret.
      const built = await run(process.execPath, [medusaCli, "build"], {
        env: { ...bareEnv(), NODE_ENV: "production" },
        cwd: path.join(repoRoot, "apps/backend"),
      })
      expect(built.code, built.output.slice(-3000)).toBe(0)
      expect(fs.existsSync(path.join(repoRoot, "apps/backend/.medusa/server/medusa-config.js"))).toBe(true)
    })

    it(
      "seeds an empty database, migrating it first, and prints the storefront's key",
      { timeout: 600_000 },
      async () => {
        const seeded = await run("npm", ["run", "seed"], { env: ops.env })
        expect(seeded.code, seeded.output.slice(-3000)).toBe(0)
        expect(seeded.output).toContain("migrations: done")
        const key = seeded.output.match(/MEDUSA_PUBLISHABLE_KEY=(pk_[0-9a-f]+)/)?.[1]
        expect(key).toBeDefined()
        ops.publishableKey = key!
      },
    )

    it(
      "npm start: one process migrates under the lock, sells the catalogue with pictures from the bucket and mails",
      { timeout: 300_000 },
      async () => {
        const port = await freePort()
        const url = `http://localhost:${port}`
        // Its jobs on the topology's rhythm, so that the one repeatable sweep keeps one schedule.
        const backend = startBackend({ BACKEND_PORT: String(port), MEDUSA_BACKEND_URL: url, ...SWEEP_EVERY_5_SECONDS })
        ops.others.push(backend)
        // The topology starts meanwhile: a shop does not wait for one process to stop before the next starts.
        const started = topology()
        try {
          await healthy(url, backend)
          expect(backend.output()).toMatch(/migrations: done/)
          const res = await call(url, "/store/catalogue?limit=5", { key: ops.publishableKey })
          expect(res.status).toBe(200)
          expect(res.body.count).toBeGreaterThan(50)
          const thumbnail = (res.body.products as { thumbnail: string | null }[]).find((p) => p.thumbnail)!.thumbnail!
          expect(thumbnail.startsWith(`${ops.env.S3_FILE_URL}/`), thumbnail).toBe(true)
          const picture = await fetch(thumbnail)
          expect(picture.status).toBe(200)
          expect(await picture.text()).toContain("<svg")

          // A buyer's password reset, mailed through SMTP with a link to the storefront.
          const email = `khach-${crypto.randomBytes(3).toString("hex")}@example.vn`
          const key = ops.publishableKey
          const registered = await call(url, "/auth/customer/emailpass/register", {
            key,
            body: { email, password: "mat-khau-1" },
          })
          expect(
            (await call(url, "/store/customers", { key, token: registered.body.token, body: { email } })).status,
          ).toBe(200)
          expect(
            (await call(url, "/auth/customer/emailpass/reset-password", { key, body: { identifier: email } })).status,
          ).toBe(201)
          const sent = await mailArriving(mailDir(), (m) => m.to.includes(email), 60_000).catch((error: Error) => {
            throw new Error(`${error.message}; the backend said:\n${backend.output().slice(-4000)}`)
          })
          expect(sent.subject).toBe("OCOP Lào Cai: đặt lại mật khẩu")
          expect(sent.text).toMatch(/https:\/\/cho\.ocop-laocai\.test\/account\/reset-password\?token=[^&\s]+&email=/)
        } finally {
          await started.catch(() => undefined)
          await stopService(backend)
        }
      },
    )

    it(
      "refuses to start without Redis, shared files and mail, naming each variable",
      { timeout: 120_000 },
      async () => {
        const { REDIS_URL: _r, S3_BUCKET: _b, SMTP_URL: _s, EMAIL_FROM: _e, ...rest } = ops.env
        const stripped = Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith("S3_")))
        const refused = await run(process.execPath, [compiledBackend], {
          env: { ...stripped, MEDUSA_WORKER_MODE: "server", BACKEND_PORT: String(await freePort()) },
        })
        expect(refused.code).not.toBe(0)
        expect(refused.output).toContain("not migrating")
        for (const name of ["REDIS_URL is missing", "S3_BUCKET is missing", "SMTP_URL is missing"]) {
          expect(refused.output).toContain(name)
        }
      },
    )
  })
}
