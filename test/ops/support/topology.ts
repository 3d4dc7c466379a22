import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  ensureDatabaseServer,
  freePort,
} from "@ocop/infra/database"
import { startMailCatcher, startS3 } from "@ocop/infra/test-services"
import pg from "pg"
import { bareEnv, healthy, repoRoot, run, startService, stopService, type Service } from "./process"
import { startRedis } from "./redis"
import { call, type Shop } from "./shop"
import { startTcpProxy } from "./tcp-proxy"

/**
 * What the ops suites share: one database of their own, Redis, an S3-compatible store and an SMTP
 * server started once, and — after the production path has built and seeded — one topology of
 * infra/README.md (two servers and two workers from the compiled build) that the scale-out, fault
 * and backup suites use in turn.
 */
export const ops = {
  work: fs.mkdtempSync(path.join(os.tmpdir(), "ocop-ops-")),
  dbName: `ocop_ops_${Date.now()}`,
  database: undefined as unknown as Awaited<ReturnType<typeof ensureDatabaseServer>>,
  s3: undefined as unknown as Awaited<ReturnType<typeof startS3>>,
  mail: undefined as unknown as Awaited<ReturnType<typeof startMailCatcher>>,
  redis: undefined as unknown as Awaited<ReturnType<typeof startRedis>>,
  env: {} as NodeJS.ProcessEnv,
  publishableKey: "",
  administrator: { email: "quan-tri@ocop-laocai.test", password: crypto.randomBytes(12).toString("hex") },
  /** Processes started by a suite and stopped at the end: the production path's, the restored one. */
  others: [] as Service[],
  topology: undefined as Topology | undefined,
}

/** The certificate sweep's rhythm in every process that runs jobs: every 5 seconds, so ticks can be counted. */
export const SWEEP_EVERY_5_SECONDS = { OCOP_CERTIFICATE_SWEEP_SCHEDULE: "*/5 * * * * *" }

/** Resolved once the backup suite has read its snapshot and made its backup: the database cut waits for it. */
export const backupTaken = (() => {
  let resolve!: () => void
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
})()

export const mailDir = () => path.join(ops.work, "mail")
export const compiledBackend = path.join(repoRoot, "infra/bin/start-backend.mjs")
export const medusaCli = path.join(repoRoot, "node_modules/@medusajs/cli/cli.js")

export async function setUp() {
  ops.database = await ensureDatabaseServer({
    serverUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL,
    name: "pg-ops",
    port: 0,
  })
  await createDatabaseIfMissing(ops.database.url, ops.dbName)
  fs.mkdirSync(mailDir())
  ;[ops.s3, ops.mail, ops.redis] = await Promise.all([
    startS3(path.join(ops.work, "s3")),
    startMailCatcher(mailDir()),
    startRedis(),
  ])
  ops.env = {
    ...bareEnv(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrlFor(ops.database.url, ops.dbName),
    REDIS_URL: ops.redis.url,
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    ...ops.s3.env,
    SMTP_URL: ops.mail.url,
    EMAIL_FROM: "OCOP Lào Cai <no-reply@ocop-laocai.test>",
    OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
    OCOP_STOREFRONT_URL: "https://cho.ocop-laocai.test",
    OCOP_CONSOLE_URL: "https://quantri.ocop-laocai.test",
  }
}

export async function tearDown() {
  await Promise.all([...ops.others, ...(ops.topology?.processes ?? [])].map((service) => stopService(service)))
  await ops.topology?.db.end().catch(() => undefined)
  ops.topology?.dbProxy.stop()
  await ops.mail?.stop()
  await ops.s3?.stop()
  await ops.redis?.stop()
  if (ops.database) {
    await dropDatabase(ops.database.url, ops.dbName).catch(() => undefined)
    await ops.database.stop()
  }
  fs.rmSync(ops.work, { recursive: true, force: true })
}

/** The compiled backend as `npm start` runs it, with the suite's variables and these on top. */
export function startBackend(extra: NodeJS.ProcessEnv) {
  return startService(process.execPath, [compiledBackend], { env: { ...ops.env, ...extra } })
}

export type Topology = {
  /** Servers 0 and 1, workers 2 and 3; a process started again replaces its entry. */
  processes: Service[]
  roles: readonly ("server" | "worker")[]
  ports: number[]
  servers: Shop[]
  workers: Service[]
  dbProxy: Awaited<ReturnType<typeof startTcpProxy>>
  db: pg.Client
  /** The first administrator's token. */
  token: string
  regionId: string
  /** The pid and exit code of every process, to show that none was restarted. */
  alive: () => unknown[]
}

function startRole(dbProxy: { urlFor: (url: string) => string }, role: "server" | "worker", port: number): Service {
  return startBackend({
    DATABASE_URL: dbProxy.urlFor(ops.env.DATABASE_URL!),
    MEDUSA_WORKER_MODE: role,
    BACKEND_PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    ...SWEEP_EVERY_5_SECONDS,
  })
}

/** Starts process `i` of the topology again (as an operator's supervisor would after a crash). */
export function startTopologyProcess(t: Topology, i: number) {
  return startRole(t.dbProxy, t.roles[i]!, t.ports[i]!)
}

/**
 * Two servers and two workers (two, so that "the sweep runs once" is not true merely because one
 * process runs jobs), reaching PostgreSQL through a relay the fault suite can cut. The certificate
 * sweep runs every 5 seconds instead of hourly, so that its ticks can be counted.
 */
export async function startTopology(): Promise<Topology> {
  const direct = new URL(ops.env.DATABASE_URL!)
  const dbProxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()])
  const roles = ["server", "server", "worker", "worker"] as const
  const start = (i: number) => startRole(dbProxy, roles[i]!, ports[i]!)
  const processes = roles.map((_, i) => start(i))
  // The first administrator, as an operator creates it (`medusa user`), while the processes start.
  const { email, password } = ops.administrator
  const [created] = await Promise.all([
    run(process.execPath, [medusaCli, "user", "-e", email, "-p", password], {
      env: ops.env,
      cwd: path.join(repoRoot, "apps/backend/.medusa/server"),
    }),
    ...ports.slice(0, 2).map((port, i) => healthy(`http://localhost:${port}`, processes[i]!)),
  ])
  if (created.code !== 0) throw new Error(`medusa user failed:\n${created.output.slice(-2000)}`)
  const servers: Shop[] = ports
    .slice(0, 2)
    .map((port) => ({ url: `http://localhost:${port}`, key: ops.publishableKey }))
  const db = new pg.Client({ connectionString: ops.env.DATABASE_URL })
  await db.connect()
  await db.query(`UPDATE "user" SET metadata = '{"role":"admin"}'::jsonb WHERE email = $1`, [email])
  const login = await call(servers[0]!.url, "/auth/user/emailpass", { body: { email, password } })
  if (login.status !== 200) throw new Error(`sign-in: ${login.status} ${JSON.stringify(login.body)}`)
  const regionId = (await db.query("SELECT id FROM region WHERE currency_code = 'vnd' AND deleted_at IS NULL LIMIT 1"))
    .rows[0].id as string
  return {
    processes,
    roles,
    ports,
    servers,
    workers: processes.slice(2),
    dbProxy,
    db,
    token: login.body.token as string,
    regionId,
    alive: () => processes.map((service) => [service.child.pid, service.child.exitCode]),
  }
}

let starting: Promise<Topology> | undefined

/** The topology, started once, on first use by whichever suite asks first. */
export function topology(): Promise<Topology> {
  starting ??= startTopology().then((started) => (ops.topology = started))
  return starting
}

/**
 * Lines of the processes' logs that match, prefixed with the process's index in `processes` (in the
 * topology: 0-1 servers, 2-3 workers); with `since` (from logMarks), only what they printed after it.
 */
export function logLines(processes: Service[], pattern: RegExp, since?: number[]) {
  return processes.flatMap((service, i) =>
    service
      .output()
      .slice(since?.[i] ?? 0)
      .split("\n")
      .flatMap((line) => (pattern.test(line) ? [`${i}: ${line.match(pattern)![0]}`] : [])),
  )
}

/** Where each process's log ends now, for logLines(…, since). */
export const logMarks = (processes: Service[]) => processes.map((service) => service.output().length)

export { databaseUrlFor, dropDatabase, freePort, healthy, stopService }
