import { execFileSync, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const here = path.dirname(fileURLToPath(import.meta.url))
// turbo builds the storefront before its tests (turbo.json): a missing build is an error, not a skip.
if (!fs.existsSync(path.join(here, "..", "build", "server", "index.js"))) {
  throw new Error("start/server.test.mjs needs the storefront's build: run `npm run build` (npm test does)")
}

/** The production start with `env` added, without a publishable key; its exit code and output. */
function startWithout(env) {
  const { MEDUSA_PUBLISHABLE_KEY: _key, ...rest } = process.env
  return spawnSync(process.execPath, [path.join(here, "server.mjs")], {
    env: { ...rest, NODE_ENV: "production", PORT: "0", ...env },
    encoding: "utf8",
    timeout: 60_000,
  })
}

// Each process loads the build to check the environment.
describe("the production start", () => {
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

/** A port free on loopback now, so that parallel runs never collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(String(port)))
    })
    server.on("error", reject)
  })
}

/** Whether a process id is still running. */
function running(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("stopping the production start", () => {
  it("on SIGTERM ends every process promptly, not leaving one that a page's timers keep alive", async () => {
    const [port, nobody] = [await freePort(), await freePort()]
    const child = spawn(process.execPath, [path.join(here, "server.mjs")], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: port,
        OCOP_STOREFRONT_PROCESSES: "2",
        MEDUSA_PUBLISHABLE_KEY: "pk_test",
        // Nothing listens there: the page renders its "backend unavailable" state at once.
        MEDUSA_BACKEND_URL: `http://127.0.0.1:${nobody}`,
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
      // Not a speed target: under the 10-s grace after which the primary would kill them anyway.
      expect(Date.now() - started).toBeLessThan(8000)
      expect(workers.filter(running)).toEqual([])
    } finally {
      child.kill("SIGKILL")
    }
  }, 30_000)
})
