#!/usr/bin/env node
/**
 * Storefront benchmark. Starts its own stack (fresh database with the demo catalogue, backend :9200,
 * built storefront :3200; BENCH_REUSE_STACK=<state file> reuses one), then:
 *  1. autocannon, 20 connections × 10 s: the catalogue page and a product page, each beside the
 *     backend call it wraps, printing p50/p95 latency and requests per second;
 *  2. Lighthouse (mobile, default simulated throttling) on home, catalogue and product page:
 *     performance, accessibility, best practices and SEO, and the product page's JavaScript.
 * Prints the figures and, unless --no-write, puts them under "Storefront" in docs/benchmarks.md
 * (between its own markers; other sections are left alone). It asserts nothing.
 * Options: --seconds=N, --connections=N, --no-load, --no-lighthouse, --no-write.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startStack } from "../e2e/support/run-stack.mjs"
import { audit, launchChrome, load } from "./measure.mjs"

const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`))
  return found ? Number(found.split("=")[1]) : fallback
}
// docs/benchmarks.md: this script's section sits between these markers.
const MARK_START = "<!-- bench:storefront:start -->"
const MARK_END = "<!-- bench:storefront:end -->"
const seconds = arg("seconds", 10)
const connections = arg("connections", 20)
const out = (line = "") => process.stdout.write(`${line}\n`)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value) => `${Math.round(value)} ms`

out(`storefront bench: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, node ${process.version}`)
out("starting the stack (migrate, seed, backend, storefront)…")
const stack = await startStack()
const { urls, publishableKey } = stack
const keyHeader = { "x-publishable-api-key": publishableKey }

try {
  const catalogue = await (
    await fetch(`${urls.backend}/store/catalogue?stars=4&limit=1`, { headers: keyHeader })
  ).json()
  const handle = catalogue.products?.[0]?.handle
  if (!handle) throw new Error("the catalogue returned no 4★ product to measure")

  const pairs = [
    ["catalogue page", `${urls.storefront}/products`, {}],
    ["  backend /store/catalogue?limit=24", `${urls.backend}/store/catalogue?limit=24`, keyHeader],
    ["product page", `${urls.storefront}/products/${handle}`, {}],
    [`  backend /store/catalogue/${handle}`, `${urls.backend}/store/catalogue/${handle}`, keyHeader],
  ]
  const loadRows = []
  if (!process.argv.includes("--no-load")) {
    out(`\nload: ${connections} connections × ${seconds} s each (after 20 warm-up requests)`)
    out(`${"what".padEnd(58)} ${"req/s".padStart(7)} ${"p50".padStart(8)} ${"p95".padStart(8)}`)
    for (const [name, url, headers] of pairs) {
      for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer()
      const r = await load(url, { connections, seconds, headers })
      loadRows.push({ name: name.trim(), ...r })
      out(
        `${name.padEnd(58)} ${r.rps.toFixed(0).padStart(7)} ${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)}${r.non2xx ? `  (${r.non2xx} non-2xx/errors!)` : ""}`,
      )
    }
  }

  const auditRows = []
  if (!process.argv.includes("--no-lighthouse")) {
    out("\nlighthouse (mobile, simulated throttling; median of 3 runs by performance score)")
    const chrome = await launchChrome()
    try {
      for (const [name, path] of [
        ["home", "/"],
        ["catalogue", "/products"],
        ["product", `/products/${handle}`],
      ]) {
        // Lighthouse varies from run to run, most on a busy 2-core machine: keep the median of three.
        const runs = []
        for (let i = 0; i < 3; i++) runs.push(await audit(`${urls.storefront}${path}`, chrome))
        runs.sort((a, b) => a.scores.performance - b.scores.performance)
        const r = runs[1]
        auditRows.push({ name, ...r })
        const s = r.scores
        out(
          `${name.padEnd(10)} perf ${s.performance}  a11y ${s.accessibility}  best ${s["best-practices"]}  seo ${s.seo}` +
            `  FCP ${ms(r.metrics.fcp)} LCP ${ms(r.metrics.lcp)} TBT ${ms(r.metrics.tbt)} CLS ${r.metrics.cls?.toFixed(3)}` +
            `  JS ${r.js.files} files, ${kb(r.js.gzipBytes)} gzip (${kb(r.js.transferBytes)} transferred)`,
        )
        for (const [category, audits] of Object.entries(r.failing)) {
          if (audits.length) out(`    ${category} below 100: ${audits.join(", ")}`)
        }
      }
    } finally {
      await chrome.kill()
    }
  }

  if (!process.argv.includes("--no-write") && loadRows.length && auditRows.length) {
    writeReport(markdown({ loadRows, auditRows, handle }))
  }
} finally {
  await stack.stop()
}

function markdown({ loadRows, auditRows, handle }) {
  const cpus = os.cpus()
  const lines = [
    "## Storefront",
    "",
    `Command: \`cd test && node bench/storefront.mjs\` (run ${new Date().toISOString().slice(0, 10)}; \`npm run bench\` runs it too).`,
    "",
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}. ` +
      "Fresh database with the demo seed; `medusa start` (production, one process, no Redis) and the built storefront " +
      "(`npm start`), autocannon and Chromium all on the same machine.",
    "",
    `Load: autocannon, ${connections} connections for ${seconds} s per URL after 20 warm-up requests. ` +
      "The storefront keeps catalogue reads in a 45 s in-memory cache, so under load its pages mostly skip the backend call they wrap.",
    "",
  ]
  if (loadRows.length) {
    lines.push(`| what | req/s | p50 | p95 |`, `|---|---:|---:|---:|`)
    for (const r of loadRows) lines.push(`| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} |`)
    lines.push("")
  }
  if (auditRows.length) {
    lines.push(
      `| page | performance | accessibility | best practices | SEO | LCP | TBT | JS (gzip) |`,
      `|---|---:|---:|---:|---:|---:|---:|---:|`,
    )
    for (const r of auditRows) {
      const s = r.scores
      lines.push(
        `| ${r.name} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${kb(r.js.gzipBytes)} |`,
      )
    }
    lines.push(
      "",
      "Lighthouse 12.2.3, mobile form factor with its default simulated throttling, Chromium headless; the run with the median performance score of three. " +
        `Product page measured: \`/products/${handle}\`. JS (gzip) is the sum of the gzip sizes of every script the page loads. ` +
        "Targets: performance ≥ 90, accessibility ≥ 95, product page JS < 120 KB gzip.",
    )
  }
  return lines.join("\n")
}

/** Puts the section between the storefront markers of docs/benchmarks.md, or appends it. */
function writeReport(section) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/benchmarks.md")
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
  out(`\nwrote ${path.relative(process.cwd(), file)}`)
}
