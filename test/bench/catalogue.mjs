#!/usr/bin/env node
/**
 * Catalogue benchmark at national scale.
 *
 *   node test/bench/catalogue.mjs [--products 20000] [--producers N] [--duration 10] [--connections 20]
 *                                 [--database ocop_bench_20000] [--fresh] [--no-write]
 *
 * Loads a synthetic catalogue (products, producers, one certificate per product) into its own
 * database on the server DATABASE_URL names (else an embedded PostgreSQL), starts `medusa start`
 * in production mode against it, and measures the store API with autocannon. A database already
 * loaded to the requested size is reused; --fresh drops it first. The figures go to the terminal
 * and, unless --no-write, into docs/benchmarks.md between the catalogue markers.
 *
 * The catalogue routes keep whole responses for a few seconds (decision 009), so every catalogue
 * case is measured twice: "cached" on a normal server, where autocannon repeats one URL and almost
 * every request is a cache hit, and "uncached" on a server started with OCOP_CATALOGUE_CACHE=off,
 * where every request reads PostgreSQL. --no-uncached skips the second server.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import autocannon from "autocannon"
import {
  createDatabaseIfMissing,
  databaseUrlFor,
  dropDatabase,
  ensureDatabaseServer,
  freePort,
  withDatabase,
} from "@ocop/infra/database"
import { productionEnv, runMedusa, spawnMedusa, stopChild, waitForHealth } from "@ocop/infra/medusa"
import { backendDir, repoRoot } from "@ocop/infra/paths"

const { values: opts } = parseArgs({
  options: {
    products: { type: "string", default: "20000" },
    producers: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    database: { type: "string" },
    fresh: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "no-uncached": { type: "boolean", default: false },
  },
})
const productTarget = Number(opts.products)
const producerTarget = Number(opts.producers ?? Math.max(1, Math.round(productTarget / 4)))
const duration = Number(opts.duration)
const connections = Number(opts.connections)
const dbName = opts.database ?? `ocop_bench_${productTarget}`
if (![productTarget, producerTarget, duration, connections].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error("--products, --producers, --duration and --connections must be positive integers")
}

const log = (message) => process.stdout.write(`[bench] ${message}\n`)

/** How far an earlier run got: bench products, catalogue rows and certificates. */
async function loadedState(databaseUrl) {
  return withDatabase(databaseUrl, async (db) => {
    const exists = async (t) => (await db.query("SELECT to_regclass($1) AS t", [`public.${t}`])).rows[0].t !== null
    if (!(await exists("product")) || !(await exists("catalogue_entry")))
      return { products: 0, entries: 0, certificates: 0 }
    const one = async (sql) => Number((await db.query(sql)).rows[0].n)
    return {
      products: await one("SELECT count(*) AS n FROM product WHERE handle LIKE 'bench-%' AND deleted_at IS NULL"),
      entries: await one("SELECT count(*) AS n FROM catalogue_entry WHERE deleted_at IS NULL"),
      certificates: await one("SELECT count(*) AS n FROM certification WHERE deleted_at IS NULL"),
    }
  })
}

async function prepareDatabase(serverUrl) {
  const databaseUrl = databaseUrlFor(serverUrl, dbName)
  if (opts.fresh) await dropDatabase(serverUrl, dbName)
  await createDatabaseIfMissing(serverUrl, dbName)
  const before = await loadedState(databaseUrl)
  if (before.products >= productTarget && before.entries >= productTarget) {
    log(`reusing ${dbName}: ${before.products} bench products, ${before.entries} catalogue rows already loaded`)
    return { databaseUrl, loadSeconds: null }
  }
  const started = Date.now()
  const env = productionEnv(databaseUrl)
  log(`migrating ${dbName}`)
  await runMedusa(["db:migrate"], { env, cwd: backendDir, quiet: true })
  log("seeding the demo store (region, sales channel, publishable key)")
  await runMedusa(["exec", "./src/scripts/seed.ts"], { env, cwd: backendDir, quiet: true })
  log(`loading ${productTarget} products and ${producerTarget} producers (resumes from ${before.products})`)
  await runMedusa(["exec", "./src/scripts/bench/load-catalogue.ts", String(productTarget), String(producerTarget)], {
    env,
    cwd: backendDir,
  })
  const loadSeconds = (Date.now() - started) / 1000
  log(`loaded in ${loadSeconds.toFixed(0)} s`)
  return { databaseUrl, loadSeconds }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** One autocannon run; latencies are collected per response so that p95 is exact. */
function measure(name, url, headers, single, extra = {}) {
  return new Promise((resolve, reject) => {
    const latencies = []
    // A generous timeout: a slow endpoint should show its latency, not a column of errors.
    const instance = autocannon({ url, connections, duration, headers, timeout: 60 }, (error, result) => {
      if (error) return reject(error)
      latencies.sort((a, b) => a - b)
      resolve({
        name,
        path: new URL(url).pathname + new URL(url).search,
        requests: result.requests.total,
        rps: result.requests.total / duration,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        single,
        non2xx: result.non2xx + result.errors + result.timeouts,
        ...extra,
      })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}

function table(rows) {
  const header = `| case | request | cache | alone (ms) | p50 (ms) | p95 (ms) | req/s | errors | load |`
  const line = "|---|---|---|---:|---:|---:|---:|---:|---:|"
  // No percentile when no response came back inside the window: say so rather than print 0.
  const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) : `> ${duration * 1000}`)
  const body = rows.map(
    (r) =>
      `| ${r.name} | \`GET ${r.path}\` | ${r.cache} | ${ms(r.single)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.rps.toFixed(1)} | ${r.non2xx} | ${r.load.toFixed(1)} |`,
  )
  return [header, line, ...body].join("\n")
}

/** A few seconds of the same load on every case first, so that no case pays for a cold JIT. */
function warmUp(base, cases, headers) {
  return Promise.all(
    cases.map(
      ([, urlPath]) =>
        new Promise((resolve, reject) =>
          autocannon({ url: base + urlPath, connections: 2, amount: 100, headers, timeout: 60 }, (e) =>
            e ? reject(e) : resolve(),
          ),
        ),
    ),
  )
}

/** Median of five sequential requests: the latency of one buyer on an idle server. */
async function singleRequestMs(url, headers) {
  const times = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[2]
}

const MARK_START = "<!-- bench:catalogue:start -->"
const MARK_END = "<!-- bench:catalogue:end -->"

function writeReport(section) {
  const file = path.join(repoRoot, "docs", "benchmarks.md")
  const block = `${MARK_START}\n${section}\n${MARK_END}`
  let text = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8")
    : "# Benchmarks\n\nFigures printed by the scripts in `test/bench/`; rerun them rather than trusting old numbers.\n"
  const start = text.indexOf(MARK_START)
  const end = text.indexOf(MARK_END)
  text =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + MARK_END.length)
      : `${text.trimEnd()}\n\n${block}\n`
  fs.writeFileSync(file, text)
  log(`wrote ${path.relative(repoRoot, file)}`)
}

async function main() {
  const server = await ensureDatabaseServer({
    serverUrl: process.env.DATABASE_URL ? databaseUrlFor(process.env.DATABASE_URL, "postgres") : undefined,
    name: "pg-bench",
    port: 0,
    log,
  })
  let child
  let databaseUrl
  /** Starts `medusa start` on a free port; resolves with its base URL once /health answers. */
  async function startServer(label, extraEnv = {}) {
    const port = await freePort()
    const base = `http://localhost:${port}`
    const logPath = path.join(os.tmpdir(), `ocop-bench-${port}.log`)
    const logFd = fs.openSync(logPath, "w")
    log(`starting medusa (${label}) on port ${port} (log: ${logPath})`)
    child = spawnMedusa(["start"], {
      cwd: backendDir,
      env: productionEnv(databaseUrl, { PORT: String(port), MEDUSA_BACKEND_URL: base, ...extraEnv }),
      stdio: ["ignore", logFd, logFd],
    })
    await waitForHealth(base, { child, timeoutMs: 180_000 })
    return base
  }
  try {
    const prepared = await prepareDatabase(server.url)
    databaseUrl = prepared.databaseUrl
    const { loadSeconds } = prepared
    // Fresh bulk loads have no planner statistics and no visibility map yet (and the database
    // server may run without autovacuum); a production database has both. Without the visibility
    // map every count reads the whole table instead of an index.
    await withDatabase(databaseUrl, (db) => db.query("VACUUM ANALYZE"))
    const state = await loadedState(databaseUrl)
    const { key, pgVersion } = await withDatabase(databaseUrl, async (db) => ({
      key: (await db.query("SELECT token FROM api_key WHERE title = 'Storefront' AND revoked_at IS NULL LIMIT 1"))
        .rows[0]?.token,
      pgVersion: (await db.query("SHOW server_version")).rows[0].server_version,
    }))
    if (!key) throw new Error("no publishable key in the bench database; rerun with --fresh")

    const headers = { "x-publishable-api-key": key }
    const catalogueCases = [
      ["catalogue, first page", "/store/catalogue?limit=24"],
      ["catalogue, stars + group + district", "/store/catalogue?stars=4&group=food&district=sa-pa&limit=24"],
      ["catalogue facets", "/store/catalogue/facets"],
      ["catalogue text search", "/store/catalogue?q=nam%20huong&limit=24"],
    ]
    const medusaCase = ["Medusa /store/products", "/store/products?limit=24"]
    const loadBefore = os.loadavg()[0]
    const results = []

    /** Measures `cases` on the server at `base`; `cache` labels the rows. */
    async function measureAll(base, cases, cache) {
      for (const [, urlPath] of cases) {
        const res = await fetch(base + urlPath, { headers })
        if (!res.ok) throw new Error(`GET ${urlPath} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
        const said = res.headers.get("x-catalogue-cache")
        if (urlPath.startsWith("/store/catalogue") && cache === "uncached" && said !== "miss") {
          throw new Error(`GET ${urlPath} on the uncached server answered x-catalogue-cache: ${said}`)
        }
      }
      await warmUp(base, cases, headers)
      for (const [name, urlPath] of cases) {
        log(`measuring ${name}, ${cache} (${connections} connections, ${duration} s)`)
        const load = os.loadavg()[0]
        const single = await singleRequestMs(base + urlPath, headers)
        results.push(await measure(name, base + urlPath, headers, single, { cache, load }))
      }
    }

    if (!opts["no-uncached"]) {
      const uncachedBase = await startServer("catalogue cache off", { OCOP_CATALOGUE_CACHE: "off" })
      await measureAll(uncachedBase, catalogueCases, "uncached")
      await stopChild(child)
      child = undefined
    }
    const base = await startServer("catalogue cache on")
    await measureAll(base, catalogueCases, "cached")
    await measureAll(base, [medusaCase], "—")
    const figures = table(results)
    process.stdout.write(`\n${figures}\n\n`)

    const serverNote = process.env.DATABASE_URL ? "DATABASE_URL=<PostgreSQL server> " : ""
    const command = `${serverNote}node test/bench/catalogue.mjs --products ${productTarget} --producers ${producerTarget} --duration ${duration} --connections ${connections}`
    const cpu = os.cpus()
    const section = [
      "## Store catalogue at national scale",
      "",
      `Command: \`${command}\` (run ${new Date().toISOString().slice(0, 10)}).`,
      "",
      `Data: ${state.products} bench products + the demo seed, ${producerTarget} producers, ${state.certificates} certificates, ${state.entries} catalogue rows` +
        (loadSeconds === null ? " (database reused)." : `; loading took ${loadSeconds.toFixed(0)} s.`),
      `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, PostgreSQL ${pgVersion}; ` +
        "`medusa start` in production mode, one process, no Redis; autocannon on the same machine. " +
        `Load average before measuring: ${loadBefore.toFixed(1)}; the last column is the 1-minute load average when each case started (the machine is shared and has ${cpu.length} cores, so figures are noisy; compare runs made at similar load).`,
      "",
      `"alone" is the median of five sequential requests on the otherwise idle server; p50, p95 and req/s come from autocannon with ${connections} connections for ${duration} s (timeout 60 s), after a warm-up of 100 requests per case. ` +
        '"uncached": the server runs with `OCOP_CATALOGUE_CACHE=off`, so every request reads PostgreSQL; "cached": the normal server, where repeating one URL makes nearly every request a hit of the in-process response cache (decision 009). ' +
        "The database is `VACUUM ANALYZE`d first, as autovacuum keeps a production database.",
      "",
      figures,
    ].join("\n")
    if (!opts["no-write"]) writeReport(section)
  } finally {
    await stopChild(child)
    await server.stop()
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exitCode = 1
})
