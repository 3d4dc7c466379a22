#!/usr/bin/env node
// Starts the whole system for the journeys on ports of its own (so a running `npm run dev` is left
// alone): a fresh database with the demo catalogue, the backend, the built storefront and console.
// Playwright runs this as its web server and stops it afterwards; we then stop everything we began.
// Once ready it writes the storefront's publishable key and URLs to OCOP_STACK_STATE_FILE
// (default .ocop/e2e-stack.json), so journeys and the benchmark can call the store API themselves.
// OCOP_STACK_NO_CONSOLE=1 skips the console build (the benchmark needs no console).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  ensureDatabaseServer,
  withDatabase,
} from "@ocop/infra/database"
import { productionEnv, runMedusa, spawnMedusa, stopChild, waitForHealth } from "@ocop/infra/medusa"
import { repoRoot } from "@ocop/infra/paths"
import { E2E_PORTS, E2E_URLS } from "./ports.mjs"

const log = (m) => process.stdout.write(`[e2e-stack] ${m}\n`)
const children = []
let database
let dbName
let stopping = false
const stateFile = process.env.OCOP_STACK_STATE_FILE ?? path.join(repoRoot, ".ocop", "e2e-stack.json")
const withConsole = process.env.OCOP_STACK_NO_CONSOLE !== "1"

function publishableKey(databaseUrl) {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query(
      // The seed's own key ("Storefront", on the shop's sales channel and its stock); Medusa also makes a default one.
      "SELECT token FROM api_key WHERE type = 'publishable' AND deleted_at IS NULL AND revoked_at IS NULL ORDER BY (title = 'Storefront') DESC, created_at LIMIT 1",
    )
    if (!rows[0]) throw new Error("the seed created no publishable API key")
    return rows[0].token
  })
}

function start(name, command, args, options) {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options })
  child.on("exit", (code) => {
    if (!stopping) {
      log(`${name} exited early (${code}); stopping`)
      shutdown(1)
    }
  })
  children.push(child)
  return child
}

async function waitFor(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

async function main() {
  database = await ensureDatabaseServer({
    serverUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL,
    // Scripts that run their own stack beside the journeys (run-stack.mjs) pick another embedded server.
    name: process.env.OCOP_STACK_PG_NAME ?? "pg-e2e",
    port: Number(process.env.OCOP_STACK_PG_PORT ?? 0),
    log,
  })
  dbName = `ocop_e2e_${Date.now()}`
  await createDatabaseIfMissing(database.url, dbName)
  const databaseUrl = databaseUrlFor(database.url, dbName)
  // The recipients' mailboxes: invite links reach only these in production mode (decision 018).
  const mailboxDir = path.join(path.dirname(stateFile), `mailbox-${dbName}`)
  fs.mkdirSync(mailboxDir, { recursive: true })
  const backendEnv = productionEnv(databaseUrl, {
    PORT: String(E2E_PORTS.backend),
    MEDUSA_BACKEND_URL: E2E_URLS.backend,
    STORE_CORS: E2E_URLS.storefront,
    ADMIN_CORS: E2E_URLS.console,
    AUTH_CORS: `${E2E_URLS.storefront},${E2E_URLS.console}`,
    OCOP_DEMO_LOGINS: "true",
    OCOP_DEV_STATE_FILE: path.join(repoRoot, ".ocop", "e2e.json"),
    OCOP_MAILBOX_DIR: mailboxDir,
  })
  log(`database ${dbName}: migrating and loading the demo catalogue`)
  await runMedusa(["db:migrate"], { env: backendEnv, quiet: true })
  await runMedusa(["exec", "./src/scripts/seed.ts"], { env: backendEnv, quiet: true })
  const backend = spawnMedusa(["start"], { env: backendEnv, stdio: ["ignore", "inherit", "inherit"] })
  children.push(backend)
  await waitForHealth(E2E_URLS.backend, { child: backend })

  const key = await publishableKey(databaseUrl)
  const storefrontDir = path.join(repoRoot, "apps", "storefront")
  // Production's start script: one process per CPU (at most 2) when REDIS_URL is set, as under
  // `turbo run test`, which passes it through; one process without it (decision 036).
  start("storefront", process.execPath, [path.join(repoRoot, "apps", "storefront", "start", "server.mjs")], {
    cwd: storefrontDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(E2E_PORTS.storefront),
      MEDUSA_BACKEND_URL: E2E_URLS.backend,
      MEDUSA_PUBLISHABLE_KEY: key,
      PUBLIC_STORE_URL: E2E_URLS.storefront,
    },
  })

  if (withConsole) await startConsole()
  await Promise.all([waitFor(E2E_URLS.storefront), ...(withConsole ? [waitFor(E2E_URLS.console)] : [])])
  fs.mkdirSync(path.dirname(stateFile), { recursive: true })
  fs.writeFileSync(
    stateFile,
    `${JSON.stringify({ publishableKey: key, urls: E2E_URLS, database: dbName, mailboxDir }, null, 2)}\n`,
  )
  fs.writeFileSync(path.join(repoRoot, ".ocop", "e2e-ready"), new Date().toISOString())
  log("ready")
}

async function startConsole() {
  // The console reads its backend URL at build time, so it gets a build of its own for these ports.
  const adminDir = path.join(repoRoot, "apps", "admin")
  const viteCli = path.join(repoRoot, "node_modules/vite/bin/vite.js")
  const adminEnv = { ...process.env, VITE_MEDUSA_BACKEND_URL: E2E_URLS.backend }
  await new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [viteCli, "build", "--outDir", "dist-e2e", "--logLevel", "warn"], {
      cwd: adminDir,
      env: adminEnv,
      stdio: "inherit",
    })
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`console build exited with ${code}`))))
  })
  start(
    "console",
    process.execPath,
    [viteCli, "preview", "--outDir", "dist-e2e", "--port", String(E2E_PORTS.console), "--strictPort"],
    {
      cwd: adminDir,
      env: adminEnv,
    },
  )
}

/** Removes the state file only if this stack wrote it: another run's stack may share the path. */
function removeOwnStateFile() {
  try {
    if (JSON.parse(fs.readFileSync(stateFile, "utf8")).database === dbName) fs.rmSync(stateFile, { force: true })
  } catch {
    // no file, or not ours to judge
  }
}

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  await Promise.all(children.map((child) => stopChild(child)))
  removeOwnStateFile()
  if (dbName) fs.rmSync(path.join(path.dirname(stateFile), `mailbox-${dbName}`), { recursive: true, force: true })
  if (database && dbName) await dropDatabase(database.url, dbName).catch(() => undefined)
  if (database) await database.stop().catch(() => undefined)
  process.exit(code)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0))
main().catch((error) => {
  process.stderr.write(`[e2e-stack] ${error.stack ?? error.message}\n`)
  shutdown(1)
})
