// Helpers for the storefront benchmark: an autocannon run with our own percentiles (autocannon
// reports p50/p97.5/p99 but no p95) and a Lighthouse run on Debian's Chromium.
import zlib from "node:zlib"
import autocannon from "autocannon"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sorted, share) {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank]
}

/**
 * Loads `url` with `connections` concurrent connections for `seconds`; returns requests per second,
 * p50/p95 latency in ms and how many answers were not 2xx (which would make the figures worthless).
 */
export async function load(url, { connections = 20, seconds = 10, headers = {} } = {}) {
  const latencies = []
  const instance = autocannon({ url, connections, duration: seconds, headers })
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  latencies.sort((a, b) => a - b)
  return {
    url,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    non2xx: result.non2xx + result.errors + result.timeouts,
  }
}

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

/** Starts Chromium once for several Lighthouse runs. */
export function launchChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  })
}

/**
 * One Lighthouse run (mobile form factor, simulated throttling: the defaults) → the four category
 * scores (0–100) and the JavaScript the page loaded: transfer size as served and the sum of each
 * script's gzip size.
 */
export async function audit(url, chrome) {
  const runnerResult = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  })
  const { lhr } = runnerResult
  const scores = Object.fromEntries(
    ["performance", "accessibility", "best-practices", "seo"].map((id) => [
      id,
      Math.round((lhr.categories[id]?.score ?? 0) * 100),
    ]),
  )
  const requests = lhr.audits["network-requests"]?.details?.items ?? []
  const scripts = requests.filter((item) => item.resourceType === "Script")
  let gzipBytes = 0
  for (const script of scripts) {
    // Fetched again to gzip the body; if the file is gone meanwhile (a rebuild), count what was sent.
    const res = await fetch(script.url)
    const body = Buffer.from(await res.arrayBuffer())
    gzipBytes += res.ok ? zlib.gzipSync(body).length : (script.transferSize ?? 0)
  }
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== "informative" &&
          a.scoreDisplayMode !== "notApplicable",
      )
      .map((a) => {
        // For accessibility, name the first offending element: the id alone rarely says where.
        const node = category === "accessibility" ? a.details?.items?.[0]?.node?.snippet : undefined
        return `${a.id} (${a.displayValue ?? a.score})${node ? ` e.g. ${node.slice(0, 160)}` : ""}`
      })
  return {
    url,
    scores,
    metrics: {
      fcp: lhr.audits["first-contentful-paint"]?.numericValue,
      lcp: lhr.audits["largest-contentful-paint"]?.numericValue,
      tbt: lhr.audits["total-blocking-time"]?.numericValue,
      cls: lhr.audits["cumulative-layout-shift"]?.numericValue,
    },
    js: {
      files: scripts.length,
      transferBytes: scripts.reduce((sum, s) => sum + (s.transferSize ?? 0), 0),
      gzipBytes,
    },
    failing: {
      performance: failing("performance"),
      accessibility: failing("accessibility"),
      "best-practices": failing("best-practices"),
      seo: failing("seo"),
    },
  }
}
