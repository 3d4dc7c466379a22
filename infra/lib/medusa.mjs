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
 * The backend's old-generation heap limit (MB). Without one, V8 sizes it from the machine's memory
 * (4,144 MB on the 24 GiB bench machine) and lets garbage pile up to 1.1–1.2 GB of RSS under load
 * before collecting, although the live heap stays at 230–250 MB (docs/performance-notes.md,
 * "Backend memory"). 512 keeps the peak near 550 MB, about twice the live heap, with no loss of
 * throughput measured. For the server only (start-backend.mjs); bulk loads and
 * migrations keep V8's default. NODE_OPTIONS that already set a limit win.
 */
export const BACKEND_HEAP_MB = 512

/** `env` with BACKEND_HEAP_MB as the heap limit in NODE_OPTIONS, unless a limit is already set there. */
export function withHeapLimit(env) {
  const options = env.NODE_OPTIONS ?? ""
  if (options.includes("--max-old-space-size")) return env
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${BACKEND_HEAP_MB}`.trim() }
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
