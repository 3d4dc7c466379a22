#!/usr/bin/env node
// Production start for the backend: runs the compiled server in apps/backend/.medusa/server after
// applying migrations. The configuration refuses default secrets (src/config/env.ts).
import fs from "node:fs"
import path from "node:path"
import { runMedusa, spawnMedusa } from "../lib/medusa.mjs"
import { backendDir } from "../lib/paths.mjs"

const serverDir = path.join(backendDir, ".medusa", "server")
if (!fs.existsSync(path.join(serverDir, "medusa-config.js"))) {
  process.stderr.write("The backend is not built: run `npm run build` first.\n")
  process.exit(1)
}
const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: process.env.BACKEND_PORT ?? "9000",
  MEDUSA_DISABLE_TELEMETRY: "true",
}

try {
  // Only the process that owns the schema migrates: a scaled-out server never races a worker.
  if (process.env.MEDUSA_WORKER_MODE !== "worker" && process.env.OCOP_SKIP_MIGRATIONS !== "true") {
    await runMedusa(["db:migrate"], { env, cwd: serverDir })
  }
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
const child = spawnMedusa(["start"], { env, cwd: serverDir })
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal))
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
