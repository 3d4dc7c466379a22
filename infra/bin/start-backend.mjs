#!/usr/bin/env node
// Production start for the backend: runs the compiled server in apps/backend/.medusa/server. The
// configuration refuses default secrets and a set-up that cannot scale (src/config/env-checks.ts).
// Migrations are a deployment step (`npm run migrate`, or `npm run seed` which runs it); only a
// single shared process (MEDUSA_WORKER_MODE unset) migrates at start, under the migration lock.
import { spawnMedusa, withHeapLimit } from "../lib/medusa.mjs"
import { backendIsBuilt, migrateUnderLock, serverDir } from "../lib/migrate.mjs"

if (!backendIsBuilt()) {
  process.stderr.write("The backend is not built: run `npm run build` first.\n")
  process.exit(1)
}
const env = {
  ...process.env,
  NODE_ENV: "production",
  PORT: process.env.BACKEND_PORT ?? process.env.PORT ?? "9000",
  MEDUSA_DISABLE_TELEMETRY: "true",
}
const mode = process.env.MEDUSA_WORKER_MODE ?? "shared"
const log = (line) => process.stdout.write(`${line}\n`)

try {
  if (mode === "shared" && process.env.OCOP_SKIP_MIGRATIONS !== "true") await migrateUnderLock({ env, log })
  else log(`backend (${mode}): not migrating; run \`npm run migrate\` once per deployment`)
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
// A bounded heap: V8's default lets garbage reach 1.1–1.2 GB of RSS (see BACKEND_HEAP_MB).
const child = spawnMedusa(["start"], { env: withHeapLimit(env), cwd: serverDir })
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal))
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
