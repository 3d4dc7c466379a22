import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, inject, it } from "vitest"
import { medusaTestEnv } from "./setup/test-env"
import type { ChildProcess } from "node:child_process"
import { freePort } from "./setup/global-setup"

const backendDir = path.resolve(__dirname, "..")
const children: ChildProcess[] = []
// @ocop/infra is ES modules; this package is CommonJS, so it is loaded dynamically.
const infra = () => import("@ocop/infra/medusa")

afterEach(async () => {
  const { stopChild } = await infra()
  await Promise.all(children.splice(0).map((child) => stopChild(child)))
})

/** Boots `medusa start` with extra env and returns its log once /health answers (or it exits). */
async function boot(extraEnv: Record<string, string>, { expectHealthy = true } = {}) {
  const { spawnMedusa, waitForHealth } = await infra()
  const port = await freePort()
  const logPath = path.join(os.tmpdir(), `ocop-boot-${port}.log`)
  const log = fs.openSync(logPath, "w")
  const child = spawnMedusa(["start"], {
    cwd: backendDir,
    env: medusaTestEnv({ PORT: String(port), ...extraEnv }),
    stdio: ["ignore", log, log],
  })
  children.push(child)
  if (expectHealthy) {
    await waitForHealth(`http://localhost:${port}`, { child, timeoutMs: 90_000 })
  } else {
    await new Promise((resolve) => child.once("exit", resolve))
  }
  return { port, child, log: fs.readFileSync(logPath, "utf8") }
}

describe("backend boot", () => {
  it("serves /health on the in-memory modules when REDIS_URL is unset", async () => {
    const { port, log } = await boot({})
    const res = await fetch(`http://localhost:${port}/health`)
    expect(res.status).toBe(200)
    expect(log).not.toMatch(/workflow-engine-redis/i)
  })

  it("serves /health on Medusa's Redis modules when REDIS_URL is set", async (ctx) => {
    const redisUrl = process.env.REDIS_URL
    if (!redisUrl) {
      ctx.skip("REDIS_URL is not set, so the Redis configuration cannot be booted here; .ci/run sets it")
      return
    }
    const { port, log } = await boot({ REDIS_URL: redisUrl })
    const res = await fetch(`http://localhost:${port}/health`)
    expect(res.status).toBe(200)
    expect(log).toMatch(/Workflow-engine-redis\] Connection to Redis/)
    expect(log).toMatch(/Redis cache connection test successful/)
  })

  it("refuses to start in production on a default secret and names the variable", async () => {
    const { child, log } = await boot({ JWT_SECRET: "supersecret" }, { expectHealthy: false })
    expect(child.exitCode).not.toBe(0)
    expect(log).toContain("JWT_SECRET is a known default secret")
  })

  it("refuses to start in production without secrets and names both variables", async () => {
    const { child, log } = await boot({ JWT_SECRET: "", COOKIE_SECRET: "" }, { expectHealthy: false })
    expect(child.exitCode).not.toBe(0)
    expect(log).toContain("JWT_SECRET is missing")
    expect(log).toContain("COOKIE_SECRET is missing")
  })
})
