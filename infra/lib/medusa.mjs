import { spawn } from "node:child_process"
import crypto from "node:crypto"
import { createRequire } from "node:module"
import { backendDir } from "./paths.mjs"

const require = createRequire(import.meta.url)

/** Path of Medusa's CLI, resolved from the backend so that its own pinned version runs. */
export function medusaCli() {
  return require.resolve("@medusajs/cli/cli.js", { paths: [backendDir] })
}

/** Runs a Medusa CLI command to completion in `cwd`; rejects with its exit code. */
export function runMedusa(args, { env = process.env, cwd = backendDir, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [medusaCli(), ...args], {
      cwd,
      env: { MEDUSA_DISABLE_TELEMETRY: "true", ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    child.stdout?.on("data", (c) => (output += c))
    child.stderr?.on("data", (c) => (output += c))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`medusa ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`)),
    )
  })
}

/** Starts a long-running Medusa command (develop or start) and returns the child process. */
export function spawnMedusa(args, { env = process.env, cwd = backendDir, stdio = "inherit" } = {}) {
  return spawn(process.execPath, [medusaCli(), ...args], {
    cwd,
    env: { MEDUSA_DISABLE_TELEMETRY: "true", ...env },
    stdio,
  })
}

/** Polls `/health` until the server answers or the time runs out. */
export async function waitForHealth(baseUrl, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`backend exited with ${child.exitCode} before it was ready`)
    try {
      const res = await fetch(`${baseUrl}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`backend at ${baseUrl} did not become healthy within ${timeoutMs / 1000}s`)
}

/** Stops a child process politely, then firmly; resolves when it is gone. */
export function stopChild(child, { graceMs = 10_000 } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill("SIGTERM")
  })
}

/**
 * The environment of a throw-away production server on `databaseUrl` (journeys, benchmarks): fresh
 * secrets each run, the sample VietQR account, one process without Redis (files on local disk), mail
 * only logged. `extra` adds or overrides variables.
 */
export function productionEnv(databaseUrl, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: "production",
    OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    REDIS_URL: "",
    OCOP_SINGLE_PROCESS: "true",
    OCOP_EMAIL_LOG_ONLY: "true",
    ...extra,
  }
}
