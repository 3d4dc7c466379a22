// Load and memory helpers of the national-scale run (test/bench/catalogue.mjs): one autocannon run
// with exact percentiles, the median of five lone requests, a warm-up, and the resident memory of a
// server process read from /proc.
import fs from "node:fs"
import autocannon from "autocannon"

/** Nearest-rank percentile `p` (0–100) of sorted samples; NaN when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * One autocannon run; latencies are collected per response so that p95 is exact. `extra` is copied
 * onto the row; extra.vary asks for a new offset on every request, so that no cache (Medusa's
 * caching module keeps product listings) answers a repeated URL and the row shows a cold listing.
 */
export function measure(name, url, { headers, single, connections, duration, extra = {} }) {
  return new Promise((resolve, reject) => {
    const latencies = []
    let n = 0
    const requests = extra.vary
      ? [{ setupRequest: (request) => ({ ...request, path: `${request.path}&offset=${n++ % 20000}` }) }]
      : undefined
    // A generous timeout: a slow endpoint should show its latency, not a column of errors.
    const instance = autocannon({ url, connections, duration, headers, timeout: 60, requests }, (error, result) => {
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

/** A few seconds of load on every URL first, so that no case pays for a cold JIT. */
export function warmUp(urls, headers) {
  return Promise.all(
    urls.map(
      (url) =>
        new Promise((resolve, reject) =>
          autocannon({ url, connections: 2, duration: 2, headers, timeout: 60 }, (e) => (e ? reject(e) : resolve())),
        ),
    ),
  )
}

/** Median of five sequential requests: the latency of one buyer on an idle server. */
export async function singleRequestMs(url, headers) {
  const times = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[2]
}

/** A process and its descendants (the storefront's cluster workers), from /proc; just `pid` without /proc. */
function processTree(pid) {
  const pids = [pid]
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = fs.readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim()
      if (children) pids.push(...children.split(/\s+/).map(Number))
    } catch {
      // gone, or no /proc
    }
  }
  return pids
}

/**
 * Resident memory (kB → MB) from /proc of a process and its descendants together (a storefront
 * runs as several processes); VmHWM is each one's peak since it started, so their sum is an upper
 * bound of the tree's peak. NaN without /proc.
 */
export function residentMb(pid, field = "VmRSS") {
  const kbOf = (each) => {
    const status = fs.readFileSync(`/proc/${each}/status`, "utf8")
    return Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1])
  }
  try {
    let kb = kbOf(pid)
    for (const each of processTree(pid).slice(1)) {
      try {
        kb += kbOf(each)
      } catch {
        // exited since the tree was read
      }
    }
    return kb / 1024
  } catch {
    return Number.NaN
  }
}

/** Samples a process's resident memory every 200 ms until the returned function is called; that gives the peak. */
export function sampleMemory(pid) {
  let peak = residentMb(pid)
  const timer = setInterval(() => {
    const now = residentMb(pid)
    if (now > peak) peak = now
  }, 200)
  return () => {
    clearInterval(timer)
    return Math.max(peak, residentMb(pid))
  }
}
