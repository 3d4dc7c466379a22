// The storefront's pages on the national catalogue (issue 17): each server-rendered page under load
// beside the backend call it wraps, then Lighthouse (mobile) on home, catalogue and a product page.
import os from "node:os"
import { audit, launchChrome } from "../measure.mjs"
import { measure, residentMb, sampleMemory, warmUp } from "./load.mjs"

/**
 * The pages, the backend read each wraps, and the other reads its loader makes (in parallel for the
 * catalogue; after the product for a product page). Paths are the ones the storefront builds
 * (catalogue-query.ts: sort, limit and offset always explicit). Products: { label, handle, group }.
 */
export function pagePairs(products) {
  return [
    {
      name: "catalogue page",
      page: "/products",
      call: "/store/catalogue?sort=newest&limit=24&offset=0",
      also: ["/store/catalogue/facets", "/store/producers?limit=100&offset=0"],
    },
    ...products.map(({ label, handle, group }) => ({
      name: `product page (${label})`,
      page: `/products/${handle}`,
      call: `/store/catalogue/${handle}`,
      also: [`/store/catalogue?group=${group}&sort=stars&limit=5&offset=0`, `/store/points-of-sale?product=${handle}`],
    })),
  ]
}

/**
 * Each pair under the same load: the backend call, the other reads of the page, then the page, so
 * that the ratio compares moments of the same machine a few seconds apart. Rows carry the page's
 * share of its call and of the slowest read it waits for.
 */
export async function measureSsr({ storefront, backend, headers, pairs, connections, duration, log }) {
  await warmUp(
    pairs.map((p) => storefront.base + p.page),
    {},
  )
  const rows = []
  const stopSampling = sampleMemory(storefront.child.pid)
  const options = { headers, connections, duration }
  for (const pair of pairs) {
    log(`measuring ${pair.name}: its backend reads, then the page (${connections} connections, ${duration} s each)`)
    const load = os.loadavg()[0]
    const callResult = await measure(pair.call, backend + pair.call, options)
    const alsoResults = []
    for (const also of pair.also) alsoResults.push(await measure(also, backend + also, options))
    const pageResult = await measure(pair.page, storefront.base + pair.page, { ...options, headers: {} })
    const slowest = Math.min(callResult.rps, ...alsoResults.map((r) => r.rps))
    // No answer at all within the window gives no ratio (NaN), rather than an infinite one.
    const ratio = (rps) => (rps > 0 ? (100 * pageResult.rps) / rps : Number.NaN)
    rows.push({
      ...pair,
      load,
      callResult,
      alsoResults,
      pageResult,
      share: ratio(callResult.rps),
      shareOfSlowest: ratio(slowest),
    })
  }
  return { rows, storefrontPeakRss: Math.max(stopSampling(), residentMb(storefront.child.pid, "VmHWM")) }
}

/** One row per request: the page first, then the read it wraps, then its other reads. */
export function ssrTable(rows) {
  const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) : "—")
  const pct = (n) => (Number.isFinite(n) ? `${n.toFixed(0)} %` : "—")
  const line = (what, r, share) =>
    `| ${what} | \`GET ${r.path}\` | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.non2xx} | ${share} |`
  return [
    "| request | path | req/s | p50 (ms) | p95 (ms) | errors | page's share |",
    "|---|---|---:|---:|---:|---:|---:|",
    ...rows.flatMap((r) => [
      line(`**${r.name}** (storefront; load ${r.load.toFixed(1)})`, r.pageResult, ""),
      line("… the backend read it wraps", r.callResult, `**${pct(r.share)}**`),
      ...r.alsoResults.map((a) => line("… another read it waits for", a, `${pct((100 * r.pageResult.rps) / a.rps)}`)),
    ]),
  ].join("\n")
}

/** Lighthouse three times per page (it varies most on a busy machine); the run with the median performance. */
export async function lighthouse({ storefront, pages, log }) {
  const chrome = await launchChrome()
  const rows = []
  try {
    for (const { name, path } of pages) {
      log(`lighthouse: ${name} (${path}), 3 runs`)
      const runs = []
      for (let i = 0; i < 3; i++) runs.push(await audit(storefront.base + path, chrome))
      runs.sort((a, b) => a.scores.performance - b.scores.performance)
      rows.push({ name, path, load: os.loadavg()[0], ...runs[1] })
    }
  } finally {
    await chrome.kill()
  }
  return rows
}

export function lighthouseTable(rows) {
  const ms = (n) => `${Math.round(n)}`
  const failing = (r) =>
    Object.entries(r.failing)
      .filter(([category, audits]) => category !== "performance" && audits.length)
      .map(([category, audits]) => `${category}: ${audits.map((a) => a.split(" e.g. ")[0]).join(", ")}`)
      .join("; ") || "—"
  return [
    "| page | performance | accessibility | best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS | JS (KB gzip) | below 100 | load |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ...rows.map((r) => {
      const s = r.scores
      return `| ${r.name}: \`${r.path}\` | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${ms(r.metrics.fcp)} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${r.metrics.cls?.toFixed(3)} | ${(r.js.gzipBytes / 1024).toFixed(1)} | ${failing(r)} | ${r.load.toFixed(1)} |`
    }),
  ].join("\n")
}

/** Issue 17's goals for the storefront: [goal, met, this run]. */
export function pageGoals(ssrRows, lighthouseRows) {
  const out = ssrRows.map((r) => [
    `${r.name}, storefront cache off: ≥ 60 % of the backend call it wraps`,
    r.share >= 60,
    `${Number.isFinite(r.share) ? r.share.toFixed(0) : "—"} % (${r.pageResult.rps.toFixed(1)} against ${r.callResult.rps.toFixed(1)} req/s; ${Number.isFinite(r.shareOfSlowest) ? r.shareOfSlowest.toFixed(0) : "—"} % of the slowest read it waits for)`,
  ])
  for (const r of lighthouseRows) {
    const s = r.scores
    out.push(
      [`Lighthouse mobile, ${r.name}: performance ≥ 95`, s.performance >= 95, String(s.performance)],
      [`Lighthouse mobile, ${r.name}: accessibility 100`, s.accessibility === 100, String(s.accessibility)],
      [`Lighthouse mobile, ${r.name}: SEO 100`, s.seo === 100, String(s.seo)],
    )
  }
  const product = lighthouseRows.find((r) => r.name.startsWith("product"))
  if (product) {
    const kb = product.js.gzipBytes / 1024
    out.push(["product page JavaScript ≤ 100 KB gzip", kb <= 100, `${kb.toFixed(1)} KB`])
  }
  return out
}
