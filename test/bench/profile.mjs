#!/usr/bin/env node
/**
 * Where the time of one store read goes (issue 17): starts `medusa start` (production, catalogue
 * response cache off) under `node --cpu-prof` on the bench database catalogue.mjs loaded, sends
 * `--requests` requests to each `--path` (`--connections` at a time, after a warm-up), stops the
 * server so that it writes its profile, and prints the CPU time per request by where it was spent:
 * our code, each package under node_modules, Node itself, the garbage collector. Run one path per
 * invocation to keep the attributions apart. The wall time per request against the CPU time per
 * request shows how long a request waited (on PostgreSQL, or for the event loop).
 *
 *   DATABASE_URL=<server> node test/bench/profile.mjs --path '/store/catalogue/<handle>' [--requests 400]
 *                                                     [--connections 1] [--database ocop_bench_20000]
 *                                                     [--env NAME=VALUE]… [--top 25] [--storefront]
 *
 * --checkout profiles whole online checkouts instead of a path (national/checkout.mjs: cart, address,
 * delivery, place), `--requests` of them by `--connections` buyers; "per request" is then per order.
 *
 * --storefront profiles the built storefront instead (`npm start`'s server in one process, its read cache off, in front of
 * an unprofiled backend like the one above): `--path /products/<handle>` is then a storefront page.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import autocannon from "autocannon"
import { databaseUrlFor, ensureDatabaseServer, freePort, withDatabase } from "@ocop/infra/database"
import { spawn } from "node:child_process"
import { medusaCli, productionEnv, stopChild, waitForHealth } from "@ocop/infra/medusa"
import { backendDir, repoRoot } from "@ocop/infra/paths"
import { checkout, prepareCheckoutStock, vndRegion } from "./national/checkout.mjs"

const { values: opts } = parseArgs({
  options: {
    path: { type: "string", multiple: true },
    requests: { type: "string", default: "400" },
    connections: { type: "string", default: "1" },
    database: { type: "string", default: "ocop_bench_20000" },
    env: { type: "string", multiple: true, default: [] },
    top: { type: "string", default: "25" },
    storefront: { type: "boolean", default: false },
    checkout: { type: "boolean", default: false },
  },
})
if (opts.checkout) opts.path = ["checkout"]
if (!opts.path?.length) throw new Error("--path or --checkout is required")
const log = (m) => process.stdout.write(`[profile] ${m}\n`)

/** Where a profile node's code lives: our source, a package, Node, or a V8 pseudo-node. */
function bucketOf(frame) {
  const url = frame.url ?? ""
  if (!url) return frame.functionName ? `(${frame.functionName.replace(/[()]/g, "")})` : "(native)"
  if (url.startsWith("node:")) return "node"
  const pkg = url
    .match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
    ?.pop()
    ?.replace("node_modules/", "")
  if (pkg) return pkg
  const ours = url.match(/\/(apps|packages)\/([^/]+)\//)
  return ours ? `ours: ${ours[1]}/${ours[2]}` : url
}

/** True for time spent in Node, V8 or native code rather than in a package or our code. */
const isRuntime = (bucket) => bucket === "node" || bucket.startsWith("(")

/**
 * CPU time (ms) of the samples taken between `fromUs` and `toUs` (the profile's clock), by bucket
 * and by function (self time), and by "owner": the nearest package or our code up the stack, so
 * that Node's own work (a write, a JSON.stringify) is charged to whoever asked for it.
 */
function summarise(profile, fromUs, toUs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const owner = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const b = bucketOf(byId.get(at).callFrame)
      if (!isRuntime(b)) return b
    }
    return bucketOf(byId.get(id).callFrame)
  }
  const buckets = new Map()
  const functions = new Map()
  const owners = new Map()
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)
  let t = profile.startTime
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    if (t < fromUs || t > toUs) return
    const frame = byId.get(id).callFrame
    const bucket = bucketOf(frame)
    add(buckets, bucket, ms)
    add(functions, `${frame.functionName || "(anonymous)"} ${bucket}:${frame.lineNumber + 1}`, ms)
    if (bucket !== "(idle)" && bucket !== "(program)") add(owners, owner(id), ms)
  })
  return { buckets, functions, owners }
}

/**
 * `amount` checkouts by `connections` buyers at once, each buying its own product, answering like
 * autocannon (total, p50) so that the profile's window is placed the same way.
 */
async function checkoutRun(base, key, stock) {
  const regionId = await vndRegion(base, key)
  let n = 0
  return async (amount) => {
    const times = []
    const buyer = async (i) => {
      while (n < amount) {
        n++
        const done = await checkout(
          base,
          key,
          regionId,
          stock.ample[i % stock.ample.length].variantId,
          `prof-${n}-${Date.now()}@example.vn`,
        )
        if (!done.ok) throw new Error(`checkout refused: ${JSON.stringify(done)}`)
        times.push(done.ms)
      }
    }
    n = 0
    await Promise.all(Array.from({ length: Number(opts.connections) }, (_, i) => buyer(i)))
    times.sort((a, b) => a - b)
    return { requests: { total: times.length }, latency: { p50: Math.round(times[Math.floor(times.length / 2)]) } }
  }
}

/** The built storefront (one process) under --cpu-prof (read cache off) in front of the backend at `backend`. */
async function startProfiledStorefront(dir, backend, key) {
  const port = await freePort()
  const base = `http://localhost:${port}`
  const cwd = path.join(repoRoot, "apps", "storefront")
  // Production's start script, in one process: the CPU of a page, not the machine's throughput.
  const start = path.join(cwd, "start", "server.mjs")
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, start], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: "production",
      OCOP_STOREFRONT_PROCESSES: "1",
      PORT: String(port),
      MEDUSA_BACKEND_URL: backend,
      MEDUSA_PUBLISHABLE_KEY: key,
      PUBLIC_STORE_URL: base,
      OCOP_CATALOGUE_CACHE: "off",
    },
    stdio: ["ignore", fs.openSync(path.join(dir, "storefront.log"), "w"), "inherit"],
  })
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`the storefront exited with ${child.exitCode}`)
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, child, headers: {} }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error("the storefront did not answer within 120 s")
}

async function main() {
  const server = await ensureDatabaseServer({
    serverUrl: process.env.DATABASE_URL ? databaseUrlFor(process.env.DATABASE_URL, "postgres") : undefined,
    name: "pg-bench",
    port: 0,
    log,
  })
  const databaseUrl = databaseUrlFor(server.url, opts.database)
  const key = await withDatabase(
    databaseUrl,
    async (db) =>
      (await db.query("SELECT token FROM api_key WHERE title = 'Storefront' AND revoked_at IS NULL LIMIT 1")).rows[0]
        ?.token,
  )
  if (!key) throw new Error(`no publishable key in ${opts.database}: run test/bench/catalogue.mjs first`)
  const headers = { "x-publishable-api-key": key }
  const requests = Number(opts.requests)
  const connections = Number(opts.connections)
  const extra = Object.fromEntries(opts.env.map((kv) => [kv.split("=")[0], kv.split("=").slice(1).join("=")]))
  // Checkouts buy demo products whose stock is set before the server starts (nothing cached is stale).
  const stock = opts.checkout ? await prepareCheckoutStock(databaseUrl, connections) : undefined
  for (const urlPath of opts.path) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-prof-"))
    const port = await freePort()
    const base = `http://localhost:${port}`
    const logFd = fs.openSync(path.join(dir, "server.log"), "w")
    // --cpu-prof is refused in NODE_OPTIONS: it goes on the command line of the server's node.
    const profiled = opts.storefront ? [] : ["--cpu-prof", `--cpu-prof-dir=${dir}`]
    const child = spawn(process.execPath, [...profiled, medusaCli(), "start"], {
      cwd: backendDir,
      env: {
        MEDUSA_DISABLE_TELEMETRY: "true",
        ...productionEnv(databaseUrl, {
          PORT: String(port),
          MEDUSA_BACKEND_URL: base,
          OCOP_CATALOGUE_CACHE: "off",
          OCOP_MEDUSA_CACHE: "memory",
          ...extra,
        }),
      },
      stdio: ["ignore", logFd, logFd],
    })
    let storefront
    try {
      await waitForHealth(base, { child, timeoutMs: 180_000 })
      storefront = opts.storefront ? await startProfiledStorefront(dir, base, key) : undefined
      const target = storefront ?? { base, child, headers }
      const run = opts.checkout
        ? await checkoutRun(base, key, stock)
        : (amount) =>
            autocannon({ url: target.base + urlPath, connections, amount, headers: target.headers, timeout: 120 })
      if (!opts.checkout) {
        const first = await fetch(target.base + urlPath, { headers: target.headers })
        if (!first.ok) throw new Error(`GET ${urlPath} answered ${first.status}`)
      }
      await run(Math.min(100, requests))
      // Only the measured requests are wanted: the window is placed from the end of the profile,
      // which is written when the process exits, by the times measured here.
      const started = performance.now()
      const result = await run(requests)
      const ended = performance.now()
      const sent = result.requests.total
      log(
        `${urlPath}: ${sent} requests, ${connections} at a time, wall ${((ended - started) / sent).toFixed(2)} ms per request, p50 ${result.latency.p50} ms, load ${os.loadavg()[0].toFixed(1)}`,
      )
      await stopChild(target.child, { graceMs: 60_000 })
      const stopped = performance.now()
      const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))
      if (!file) throw new Error(`no profile written in ${dir}`)
      const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))
      const { buckets, functions, owners } = summarise(
        profile,
        profile.endTime - (stopped - started) * 1000,
        profile.endTime - (stopped - ended) * 1000,
      )
      const idle = (buckets.get("(idle)") ?? 0) + (buckets.get("(program)") ?? 0)
      const busy = [...owners].reduce((sum, [, ms]) => sum + ms, 0)
      log(
        `profile ${path.join(dir, file)}: in the measured window ${(busy / sent).toFixed(2)} ms of CPU per request in this process, ${(idle / sent).toFixed(2)} ms idle (waiting for PostgreSQL or the client)`,
      )
      const print = (title, map) => {
        process.stdout.write(`  ${title}\n`)
        for (const [name, ms] of [...map].sort((x, y) => y[1] - x[1]).slice(0, Number(opts.top))) {
          process.stdout.write(`    ${(ms / sent).toFixed(3).padStart(8)} ms/req  ${name}\n`)
        }
      }
      print("by owner (nearest package or our code up the stack):", owners)
      print("by function (self time):", functions)
    } finally {
      await stopChild(storefront?.child)
      await stopChild(child)
    }
  }
  await server.stop()
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exitCode = 1
})
