#!/usr/bin/env node
/**
 * Sales report at scale (issue 16): `GET /admin/reports/sales` over the last year, for every grouping,
 * on two years of sales history.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node test/bench/reports.mjs
 *     [--lines 1000000] [--requests 20] [--database ocop_bench_reports] [--fresh] [--no-write]
 *
 * Prepares its own database on the server DATABASE_URL names (else an embedded PostgreSQL): Medusa's
 * and our migrations, the demo seed, then `--lines` order lines over the last two years written in
 * bulk SQL (test/bench/reports-load.mjs: the shapes the report reads, spread over the demo catalogue,
 * online and every place's and event's channel). A database already loaded is reused, its history
 * moved to end today; --fresh drops it first. Starts `medusa start` in production mode on it, signs
 * in as trade promotion staff and asks each grouping `--requests` times in a row (after one warm-up
 * request), printing p50, p95 and max. Figures only: nothing passes or fails here. Unless --no-write,
 * the section between the reports markers of docs/benchmarks.md is replaced.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { SALES_REPORT_GROUPS } from "@ocop/domain"
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
import { percentile } from "./measure.mjs"
import { BENCH_ORDER_PREFIX, HISTORY_DAYS, keepHistoryCurrent, loadSalesHistory } from "./reports-load.mjs"

const { values: opts } = parseArgs({
  options: {
    lines: { type: "string", default: "1000000" },
    requests: { type: "string", default: "20" },
    database: { type: "string", default: "ocop_bench_reports" },
    fresh: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
})
const lineTarget = Number(opts.lines)
const requests = Number(opts.requests)
if (![lineTarget, requests].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error("--lines and --requests must be positive integers")
}
/** The goal of issue 16 for every grouping of a year. */
const TARGET_P95_MS = 1000
const MARK_START = "<!-- bench:reports:start -->"
const MARK_END = "<!-- bench:reports:end -->"
const STAFF = { email: "promotion@ocop-laocai.vn", password: "ocop-demo-2021" }
const log = (message) => process.stdout.write(`[bench] ${message}\n`)

/** Migrates (every run: new indexes and scripts reach a reused database), seeds once, loads the lines. */
async function prepareDatabase(serverUrl) {
  const databaseUrl = databaseUrlFor(serverUrl, opts.database)
  if (opts.fresh) await dropDatabase(serverUrl, opts.database)
  await createDatabaseIfMissing(serverUrl, opts.database)
  const env = productionEnv(databaseUrl)
  const started = Date.now()
  log(`migrating ${opts.database}`)
  await runMedusa(["db:migrate"], { env, cwd: backendDir, quiet: true })
  // The seed is safe to run again (it creates what is missing); staff logins need OCOP_DEMO_LOGINS in production.
  const seeded = await withDatabase(databaseUrl, async (db) => {
    const users = await db.query("SELECT to_regclass('public.user') IS NOT NULL AS ok")
    if (!users.rows[0].ok) return false
    return (await db.query('SELECT 1 FROM "user" WHERE email = $1', [STAFF.email])).rowCount > 0
  })
  if (!seeded) {
    log("seeding the demo store (catalogue, places, events, a year of sample sales, staff logins)")
    await runMedusa(["exec", "./src/scripts/seed.ts"], {
      env: { ...env, OCOP_DEMO_LOGINS: "true" },
      cwd: backendDir,
      quiet: true,
    })
  }
  const loadStarted = Date.now()
  const loaded = await withDatabase(databaseUrl, async (db) => {
    const lines = await loadSalesHistory(db, lineTarget, log)
    const shifted = await keepHistoryCurrent(db)
    if (shifted > 0) log(`history moved ${shifted.toFixed(1)} days forward to end today`)
    // Bulk loads leave no statistics and no visibility map; a production database has both (autovacuum).
    await db.query("VACUUM ANALYZE")
    return lines
  })
  // The lines were written in bulk SQL and dated back: the report's sale lines (decision 029) are
  // copied again from the orders, as after any bulk load, then vacuumed for index-only range scans.
  log("rebuilding the report's sale lines from the orders")
  await runMedusa(["exec", "./src/scripts/rebuild-sale-lines.ts"], { env, cwd: backendDir, quiet: true })
  await withDatabase(databaseUrl, (db) => db.query("VACUUM ANALYZE ocop_sale_line, ocop_sale_day"))
  const loadSeconds = (Date.now() - loadStarted) / 1000
  log(
    `${loaded} bench lines ready (${loadSeconds.toFixed(0)} s; ${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
  )
  return { databaseUrl, loadSeconds }
}

/** What the report reads over the measured year, to print beside the figures. */
function dataShape(databaseUrl, range) {
  return withDatabase(databaseUrl, async (db) => {
    const { rows } = await db.query(
      `SELECT count(DISTINCT o.id) AS orders, count(*) AS lines,
              count(*) FILTER (WHERE o.created_at >= ($1::date - interval '7 hours') AT TIME ZONE 'UTC') AS year_lines,
              count(DISTINCT o.id) FILTER (WHERE o.created_at >= ($1::date - interval '7 hours') AT TIME ZONE 'UTC') AS year_orders,
              count(DISTINCT li.product_id) AS products, count(DISTINCT o.sales_channel_id) AS channels,
              min(o.created_at) AS first, max(o.created_at) AS last
       FROM "order" o JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version
       JOIN order_line_item li ON li.id = oi.item_id WHERE o.deleted_at IS NULL`,
      [range.from],
    )
    const bench = await db.query(`SELECT count(*) AS n FROM "order" WHERE id LIKE '${BENCH_ORDER_PREFIX}%'`)
    const setting = async (name) => (await db.query(`SHOW ${name}`)).rows[0][name]
    const pg = `${await setting("server_version")}, shared_buffers ${await setting("shared_buffers")}, work_mem ${await setting("work_mem")}`
    return { ...rows[0], benchOrders: Number(bench.rows[0].n), pg }
  })
}

/** The last year as Vietnam days: from a year ago tomorrow to today, both inclusive. */
function lastYear() {
  const vietnamToday = new Date(Date.now() + 7 * 3_600_000)
  const from = new Date(vietnamToday)
  from.setUTCFullYear(from.getUTCFullYear() - 1)
  from.setUTCDate(from.getUTCDate() + 1)
  return { from: from.toISOString().slice(0, 10), to: vietnamToday.toISOString().slice(0, 10) }
}

async function signIn(base) {
  const res = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(STAFF),
  })
  if (!res.ok) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`)
  return (await res.json()).token
}

/** One report request, timed from sending to the last byte; the answer's totals for a sanity line. */
async function timedReport(base, token, range, groupBy, filter) {
  const url = `${base}/admin/reports/sales?from=${range.from}&to=${range.to}&group_by=${groupBy}${filter ? `&${filter}` : ""}`
  const started = performance.now()
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  const body = await res.text()
  const ms = performance.now() - started
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${body.slice(0, 300)}`)
  const { rows, totals } = JSON.parse(body)
  return { ms, rows: rows.length, totals }
}

/**
 * Filtered reports, measured beside the goals (the issue's goal is on the groupings): one product
 * dimension has a flag of its own and reads the sale days; two unrelated ones (a star level and a
 * group) read the sale lines with a distinct count (decision 029, "Sale days").
 */
const FILTERED = [
  { groupBy: "day", filter: "star_level=4" },
  { groupBy: "product", filter: "product_group=food" },
  { groupBy: "month", filter: "star_level=4&product_group=food" },
]

async function measureGroupings(base, token, range, cases = SALES_REPORT_GROUPS.map((groupBy) => ({ groupBy }))) {
  const results = []
  for (const { groupBy, filter } of cases) {
    const load = os.loadavg()[0]
    const ask = () => timedReport(base, token, range, groupBy, filter)
    const warm = await ask()
    const times = []
    for (let i = 0; i < requests; i++) times.push((await ask()).ms)
    times.sort((a, b) => a - b)
    const row = {
      groupBy,
      filter,
      rows: warm.rows,
      totals: warm.totals,
      first: warm.ms,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      max: times.at(-1),
      load,
    }
    log(
      `${groupBy}${filter ? ` (${filter})` : ""}: ${row.rows} rows — p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, max ${row.max.toFixed(0)} ms (load ${load.toFixed(1)})`,
    )
    results.push(row)
  }
  return results
}

function figuresTable(results) {
  const ms = (n) => n.toFixed(0)
  return [
    "| group_by | rows | first (ms) | p50 (ms) | p95 (ms) | max (ms) | load |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| \`${r.groupBy}\`${r.filter ? ` with \`${r.filter}\`` : ""} | ${r.rows} | ${ms(r.first)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.load.toFixed(1)} |`,
    ),
  ].join("\n")
}

function goalsTable(results) {
  return [
    "| goal (issue 16) | met | this run |",
    "|---|---|---|",
    ...results.map(
      (r) =>
        `| \`${r.groupBy}\` over a year: p95 < 1 s | ${r.p95 < TARGET_P95_MS ? "yes" : "**no**"} | ${r.p95.toFixed(0)} ms |`,
    ),
  ].join("\n")
}

/** Every grouping of one range has the same totals (decision 029): a line says whether this run's did. */
function totalsNote(results) {
  const key = (t) => `${t.revenue}/${t.revenue_usd}/${t.orders}/${t.units}`
  const distinct = new Set(results.map((r) => key(r.totals)))
  const t = results[0].totals
  const vnd = new Intl.NumberFormat("en-US").format(t.revenue)
  return distinct.size === 1
    ? `Every grouping answered the same totals: ${vnd} đồng, ${(t.revenue_usd / 100).toFixed(2)} US dollars, ${t.orders} orders, ${t.units} units.`
    : `**The groupings answered ${distinct.size} different totals** (${[...distinct].join("; ")}): decision 029 is broken.`
}

function writeReport(section) {
  const file = path.join(repoRoot, "docs", "benchmarks.md")
  const block = `${MARK_START}\n${section}\n${MARK_END}`
  let text = fs.readFileSync(file, "utf8")
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
  // Stopped by hand (Ctrl-C, kill): the server goes too rather than outliving the script.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => stopChild(child).finally(() => process.exit(130)))
  }
  try {
    const { databaseUrl, loadSeconds } = await prepareDatabase(server.url)
    const range = lastYear()
    const shape = await dataShape(databaseUrl, range)
    const port = await freePort()
    const base = `http://localhost:${port}`
    const logPath = path.join(os.tmpdir(), `ocop-bench-reports-${port}.log`)
    const logFd = fs.openSync(logPath, "w")
    log(`starting medusa on port ${port} (log: ${logPath})`)
    child = spawnMedusa(["start"], {
      cwd: backendDir,
      env: productionEnv(databaseUrl, { PORT: String(port), MEDUSA_BACKEND_URL: base, OCOP_MEDUSA_CACHE: "memory" }),
      stdio: ["ignore", logFd, logFd],
    })
    await waitForHealth(base, { child, timeoutMs: 180_000 })
    const token = await signIn(base)
    const loadBefore = os.loadavg()
    log(`measuring ${range.from} – ${range.to}, ${requests} requests per grouping`)
    const results = await measureGroupings(base, token, range)
    const filtered = await measureGroupings(base, token, range, FILTERED)
    const loadAfter = os.loadavg()
    const figures = figuresTable(results)
    const goals = goalsTable(results)
    process.stdout.write(`\n${figures}\n\n${goals}\n\n${totalsNote(results)}\n\n`)

    const cpu = os.cpus()
    const loads = (l) => l.map((n) => n.toFixed(1)).join(", ")
    const serverNote = process.env.DATABASE_URL ? "DATABASE_URL=<PostgreSQL server> " : ""
    const section = [
      "## Sales report at scale (issue 16)",
      "",
      `Command: \`${serverNote}node test/bench/reports.mjs --lines ${lineTarget} --requests ${requests}\` ` +
        `(run ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC; \`npm run bench\` runs it too).`,
      "",
      `Data: ${Number(shape.lines).toLocaleString("en-US")} order lines in ${Number(shape.orders).toLocaleString("en-US")} orders from ${String(shape.first.toISOString()).slice(0, 10)} to ${String(shape.last.toISOString()).slice(0, 10)} ` +
        `(${shape.benchOrders.toLocaleString("en-US")} bench orders written by \`test/bench/reports-load.mjs\` over ${HISTORY_DAYS} days, the rest the demo seed's sample sales): ` +
        `${shape.products} products of the demo catalogue in ${shape.channels} sales channels (half the bench orders online, the other half spread over every showroom's and event booth's channel), 3 % cancelled, 2 % in US dollars, a 10 % promotion on 5 % of the lines, no counter returns beyond the seed's; ` +
        `the measured year (${range.from} – ${range.to}) holds ${Number(shape.year_lines).toLocaleString("en-US")} lines in ${Number(shape.year_orders).toLocaleString("en-US")} orders. ` +
        (loadSeconds >= 60 ? `Loading took ${loadSeconds.toFixed(0)} s.` : "The loaded database was reused."),
      `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, PostgreSQL ${shape.pg}; ` +
        "`medusa start` in production mode, one process, no Redis. " +
        `**Load average** (1, 5, 15 min) before measuring: ${loads(loadBefore)}; after: ${loads(loadAfter)}. The machine is shared with other work: compare runs made at a similar load.`,
      "",
      `Each grouping is asked once to warm up ("first"), then ${requests} times one after the other as trade promotion staff (\`GET /admin/reports/sales?from=${range.from}&to=${range.to}&group_by=…\`), timed from the request to the last byte of the answer; the last column is the 1-minute load average when the grouping started. ` +
        "The database is `VACUUM ANALYZE`d after loading, as autovacuum keeps a production database.",
      "",
      figures,
      "",
      totalsNote(results),
      "",
      'Filtered, beside the goal: one product dimension is counted by its flag on the sale days; a star level with a group has no flag and reads the sale lines (decision 029, "Sale days").',
      "",
      figuresTable(filtered),
      "",
      goals,
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
