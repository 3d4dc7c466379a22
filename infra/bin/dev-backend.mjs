#!/usr/bin/env node
// Development launcher for the backend: database (given or embedded), migrations, demo data on an
// empty database, then `medusa develop`. Ctrl-C stops Medusa first, then PostgreSQL.
import fs from "node:fs"
import { spawn } from "node:child_process"
import {
  createDatabaseIfMissing,
  databaseNameOf,
  databaseUrlFor,
  ensureDatabaseServer,
  hasNoProducts,
} from "../lib/database.mjs"
import { medusaCli, runMedusa } from "../lib/medusa.mjs"
import { backendDir, devStateFile } from "../lib/paths.mjs"
import { demoBanner } from "../lib/logins.mjs"

const log = (message) => process.stdout.write(`[dev] ${message}\n`)
const backendPort = Number(process.env.BACKEND_PORT ?? 9000)
const backendUrl = `http://localhost:${backendPort}`

let medusa
let database
let stopping = false

async function main() {
  const given = process.env.DATABASE_URL
  database = await ensureDatabaseServer({ serverUrl: given, name: "pg", port: 54329, log })
  const databaseUrl = given ?? databaseUrlFor(database.url, "ocop")
  if (await createDatabaseIfMissing(databaseUrlFor(databaseUrl, "postgres"), databaseNameOf(databaseUrl))) {
    log(`created database ${databaseNameOf(databaseUrl)}`)
  }
  const env = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }

  log("applying migrations…")
  await runMedusa(["db:migrate"], { env, quiet: true })
  if ((await hasNoProducts(databaseUrl)) || !fs.existsSync(devStateFile)) {
    log("loading the demo catalogue (sample data)…")
    await runMedusa(["exec", "./src/scripts/seed.ts"], { env })
  }
  if (stopping) return

  // Its own process group, so that Ctrl-C reaches Medusa only through us and in the right order.
  medusa = spawn(process.execPath, [medusaCli(), "develop"], {
    cwd: backendDir,
    env,
    stdio: "inherit",
    detached: true,
  })
  medusa.on("exit", (code, signal) => {
    if (!stopping) {
      log(`medusa develop exited (${signal ?? code}); stopping the database`)
      shutdown(code ?? 1)
    }
  })
  await waitUntilHealthy()
  process.stdout.write(
    `\n${demoBanner({
      backendUrl,
      storefrontUrl: "http://localhost:3000",
      consoleUrl: "http://localhost:3001",
      databaseUrl,
      embedded: database.embedded,
    })}\n\n`,
  )
}

async function waitUntilHealthy() {
  // eslint-disable-next-line no-unmodified-loop-condition -- a signal handler sets `stopping` while this awaits
  for (let i = 0; i < 240 && !stopping; i++) {
    try {
      if ((await fetch(`${backendUrl}/health`)).ok) return
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

async function shutdown(exitCode = 0) {
  if (stopping) return
  stopping = true
  if (medusa && medusa.exitCode === null && medusa.signalCode === null) {
    log("stopping Medusa…")
    const exited = new Promise((resolve) => medusa.once("exit", resolve))
    killGroup(medusa, "SIGTERM")
    const timer = setTimeout(() => killGroup(medusa, "SIGKILL"), 10_000)
    await exited
    clearTimeout(timer)
  }
  if (database) {
    if (database.embedded) log("stopping PostgreSQL…")
    await database.stop().catch((e) => log(`could not stop PostgreSQL cleanly: ${e.message}`))
  }
  log("stopped")
  process.exit(exitCode)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0))

main().catch(async (error) => {
  process.stderr.write(`[dev] ${error.stack ?? error.message}\n`)
  await shutdown(1)
})
