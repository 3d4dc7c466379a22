import { execFileSync, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const here = path.dirname(fileURLToPath(import.meta.url))
const built = fs.existsSync(path.join(here, "..", "build", "server", "index.js"))

/** The production start with `env` added, without a publishable key; its exit code and output. */
function startWithout(env) {
  const { MEDUSA_PUBLISHABLE_KEY: _key, ...rest } = process.env
  return spawnSync(process.execPath, [path.join(here, "server.mjs")], {
    env: { ...rest, NODE_ENV: "production", PORT: "0", ...env },
    encoding: "utf8",
    timeout: 60_000,
  })
}

// Needs the build (npm run build): each process loads it to check the environment.
describe.skipIf(!built)("the production start", () => {
  it.each(["1", "2"])("refuses to start without MEDUSA_PUBLISHABLE_KEY in %s process(es)", (processes) => {
    const result = startWithout({ OCOP_STOREFRONT_PROCESSES: processes })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/MEDUSA_PUBLISHABLE_KEY: is required when NODE_ENV=production/)
  })

  it("refuses a process count that is not a whole number", () => {
    const result = startWithout({ OCOP_STOREFRONT_PROCESSES: "two" })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/OCOP_STOREFRONT_PROCESSES must be a whole number/)
  })
})

/** Whether a process id is still running. */
function running(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe.skipIf(!built || process.platform !== "linux")("stopping the production start", () => {
  it("on SIGTERM ends every process promptly, not leaving one that a page's timers keep alive", async () => {
    const port = "9600"
    const child = spawn(process.execPath, [path.join(here, "server.mjs")], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: port,
        OCOP_STOREFRONT_PROCESSES: "2",
        MEDUSA_PUBLISHABLE_KEY: "pk_test",
        // Nothing listens there: the page renders its "backend unavailable" state at once.
        MEDUSA_BACKEND_URL: "http://127.0.0.1:3601",
      },
      stdio: "ignore",
    })
    const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
    try {
      let workers = []
      for (let i = 0; i < 150 && workers.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 100))
        const ok = await fetch(`http://127.0.0.1:${port}/`).then(
          (r) => r.text().then(() => r.ok),
          () => false,
        )
        if (ok)
          workers = execFileSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" })
            .split(/\s+/)
            .filter(Boolean)
            .map(Number)
      }
      expect(workers).toHaveLength(2)
      // A page leaves React's and Remix's 5 s render timers behind in the process that rendered it.
      const started = Date.now()
      child.kill("SIGTERM")
      expect(await exited).toBe(0)
      expect(Date.now() - started).toBeLessThan(3000)
      expect(workers.filter(running)).toEqual([])
    } finally {
      child.kill("SIGKILL")
    }
  }, 30_000)
})
