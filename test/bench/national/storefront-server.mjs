// The built storefront, started as production starts it (`npm start`: apps/storefront/start/server.mjs),
// in front of the bench's backend, with its 45-second read cache off (OCOP_CATALOGUE_CACHE=off): every
// page it renders waits for the backend calls it makes, which is what a buyer on an uncached URL gets.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort } from "@ocop/infra/database"
import { repoRoot } from "@ocop/infra/paths"

const storefrontDir = path.join(repoRoot, "apps", "storefront")

/** Starts the storefront against `backendUrl`; resolves with { base, child, processes } once its home page answers. */
export async function startStorefront({ backendUrl, publishableKey, logPath, timeoutMs = 120_000 }) {
  if (!fs.existsSync(path.join(storefrontDir, "build", "server", "index.js"))) {
    throw new Error("the storefront is not built: npx turbo run build --filter=@ocop/storefront")
  }
  const port = await freePort()
  const base = `http://localhost:${port}`
  // As many processes as production runs here (one per CPU, at most two, with REDIS_URL); the bench
  // has no Redis, which only matters to the sign-in counters (decision 036).
  const processes = Math.min(os.availableParallelism(), 2)
  const logFd = fs.openSync(logPath, "w")
  const child = spawn(process.execPath, [path.join(storefrontDir, "start", "server.mjs")], {
    cwd: storefrontDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      OCOP_STOREFRONT_PROCESSES: String(processes),
      PORT: String(port),
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      PUBLIC_STORE_URL: base,
      OCOP_CATALOGUE_CACHE: "off",
    },
    stdio: ["ignore", logFd, logFd],
  })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the storefront exited with ${child.exitCode} (log: ${logPath})`)
    try {
      if ((await fetch(base)).ok) return { base, child, processes }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill("SIGTERM")
  throw new Error(`the storefront did not answer within ${timeoutMs / 1000} s (log: ${logPath})`)
}
