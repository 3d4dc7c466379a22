#!/usr/bin/env node
/**
 * Counter-sale benchmark (issue 14): how long a sale at the counter takes to complete — the clerk
 * presses "pay" until the receipt can print — with several counters selling at once.
 *
 *   node test/bench/counter-sale.mjs [--counters 5] [--sales 20]
 *
 * Starts its own stack (test/e2e/support/run-stack.mjs; OCOP_BENCH_PORTS moves it, BENCH_REUSE_STACK
 * reuses one), signs in as the demo administrator, opens one register per counter at the Sa Pa
 * showroom, stocks a few products there, then each counter sells `--sales` sales one after the
 * other (two lines, cash with change), all counters at the same time. Prints p50/p95/max of the
 * completion time of `POST /admin/counter-sales` and the sales per second, first with one counter
 * alone for comparison. Unless --no-write, puts the figures between the counter-sale markers of
 * docs/benchmarks.md (other sections are left alone). Figures only: nothing here passes or fails on time.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { startStack } from "../e2e/support/run-stack.mjs"
import { percentile } from "./measure.mjs"

const { values: opts } = parseArgs({
  options: {
    counters: { type: "string", default: "5" },
    sales: { type: "string", default: "20" },
    "no-write": { type: "boolean", default: false },
  },
})
// docs/benchmarks.md: this script's section sits between these markers.
const MARK_START = "<!-- bench:counter-sale:start -->"
const MARK_END = "<!-- bench:counter-sale:end -->"
const counters = Number(opts.counters)
const salesPerCounter = Number(opts.sales)
const log = (m) => process.stdout.write(`[bench] ${m}\n`)

const loadBefore = os.loadavg()[0]
const stack = await startStack()
const backend = stack.urls.backend
async function call(path, { token, body } = {}) {
  const res = await fetch(`${backend}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

try {
  const { token } = await call("/auth/user/emailpass", {
    body: { email: "admin@ocop-laocai.vn", password: "ocop-demo-2021" },
  })
  const { points_of_sale } = await call("/admin/points-of-sale", { token })
  const sapa = points_of_sale.find((p) => p.code === "sa-pa")
  const { stock } = await call(`/admin/points-of-sale/${sapa.id}/stock`, { token })
  const products = stock.filter((s) => s.price && s.inventory_item_id).slice(0, 4)
  for (const p of products) {
    await call(`/admin/inventory-items/${p.inventory_item_id}/location-levels/${sapa.stock_location_id}`, {
      token,
      body: { stocked_quantity: 100_000 },
    })
  }
  const sessions = []
  const run = crypto.randomUUID().slice(0, 6)
  for (let i = 0; i < counters; i++) {
    const { register } = await call(`/admin/points-of-sale/${sapa.id}/registers`, {
      token,
      body: { name: `Bench ${run} ${i + 1}` },
    })
    const { register_session } = await call("/admin/register-sessions", {
      token,
      body: { register_id: register.id, opening_float: 1_000_000 },
    })
    sessions.push(register_session.id)
  }
  const sale = (session, n) => {
    const [a, b] = [products[n % products.length], products[(n + 1) % products.length]]
    const total = a.price * 2 + b.price
    return {
      idempotency_key: `bench-${run}-${session}-${n}`,
      register_session_id: session,
      lines: [
        { variant_id: a.variant_id, quantity: 2 },
        { variant_id: b.variant_id, quantity: 1 },
      ],
      payments: [{ method: "cash", amount: total, tendered: Math.ceil(total / 500_000) * 500_000 }],
    }
  }
  async function counter(session, count, times) {
    for (let n = 0; n < count; n++) {
      const started = performance.now()
      await call("/admin/counter-sales", { token, body: sale(session, n) })
      times.push(performance.now() - started)
    }
  }
  const rows = []
  const report = (label, times, seconds) => {
    const sorted = [...times].sort((x, y) => x - y)
    const row = {
      label,
      sales: times.length,
      seconds,
      perSecond: times.length / seconds,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      max: sorted.at(-1),
      load: os.loadavg()[0],
    }
    rows.push(row)
    log(
      `${label}: ${row.sales} sales in ${seconds.toFixed(1)} s (${row.perSecond.toFixed(2)}/s) — ` +
        `p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, max ${row.max.toFixed(0)} ms`,
    )
  }
  // Warm-up: the first sales load workflows and caches.
  await counter(sessions[0], 3, [])
  const alone = []
  let t0 = performance.now()
  await counter(sessions[0], salesPerCounter, alone)
  report("1 counter alone", alone, (performance.now() - t0) / 1000)
  const together = []
  t0 = performance.now()
  await Promise.all(sessions.map((s) => counter(s, salesPerCounter, together)))
  report(`${counters} counters at once`, together, (performance.now() - t0) / 1000)
  if (!opts["no-write"]) writeReport(markdown(rows))
} finally {
  await stack.stop()
}

function markdown(rows) {
  const cpus = os.cpus()
  return [
    "## Counter sale",
    "",
    `Command: \`node test/bench/counter-sale.mjs --counters ${counters} --sales ${salesPerCounter}\` ` +
      `(run ${new Date().toISOString().slice(0, 10)}; \`npm run bench\` runs it too).`,
    "",
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}. ` +
      "Fresh database with the demo seed; `medusa start` (production, one process, no Redis) and the script on the same machine. " +
      `Load average before the stack started: ${loadBefore.toFixed(1)} (the machine is shared; compare runs made at similar load).`,
    "",
    "What is timed: `POST /admin/counter-sales` from the clerk pressing pay until the answer the receipt is printed from " +
      "(stock reserved and taken at the Sa Pa showroom, a Medusa order with its payment captured and its fulfilment delivered, " +
      "the cash in the register). Each sale has two lines and is paid in cash with change; each counter sells one sale after " +
      "another on its own open register, all counters at the same time. Three warm-up sales first. " +
      "The last column is the 1-minute load average when the case ended.",
    "",
    "| case | sales | sales/s | p50 (ms) | p95 (ms) | max (ms) | load |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.sales} | ${r.perSecond.toFixed(2)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} | ${r.load.toFixed(1)} |`,
    ),
  ].join("\n")
}

/** Puts the section between the counter-sale markers of docs/benchmarks.md, or appends it. */
function writeReport(section) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/benchmarks.md")
  const block = `${MARK_START}\n${section}\n${MARK_END}`
  let text = fs.readFileSync(file, "utf8")
  const start = text.indexOf(MARK_START)
  const end = text.indexOf(MARK_END)
  text =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + MARK_END.length)
      : `${text.trimEnd()}\n\n${block}\n`
  fs.writeFileSync(file, text)
  log(`wrote ${path.relative(process.cwd(), file)}`)
}
