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
 * alone for comparison. Figures only: nothing here passes or fails on time.
 */
import crypto from "node:crypto"
import { parseArgs } from "node:util"
import { startStack } from "../e2e/support/run-stack.mjs"
import { percentile } from "./measure.mjs"

const { values: opts } = parseArgs({
  options: { counters: { type: "string", default: "5" }, sales: { type: "string", default: "20" } },
})
const counters = Number(opts.counters)
const salesPerCounter = Number(opts.sales)
const log = (m) => process.stdout.write(`[bench] ${m}\n`)

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
  const report = (label, times, seconds) => {
    const sorted = [...times].sort((x, y) => x - y)
    log(
      `${label}: ${times.length} sales in ${seconds.toFixed(1)} s (${(times.length / seconds).toFixed(2)}/s) — ` +
        `p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms`,
    )
  }
  // Warm-up: the first sales load workflows and caches.
  await counter(sessions[0], 3, [])
  const alone = []
  let t0 = performance.now()
  await counter(sessions[0], salesPerCounter, alone)
  report("1 counter ", alone, (performance.now() - t0) / 1000)
  const together = []
  t0 = performance.now()
  await Promise.all(sessions.map((s) => counter(s, salesPerCounter, together)))
  report(`${counters} counters`, together, (performance.now() - t0) / 1000)
} finally {
  await stack.stop()
}
