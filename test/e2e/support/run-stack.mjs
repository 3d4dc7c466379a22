// Starts stack.mjs as a child for scripts outside Playwright (benchmark, screenshots) on ports of
// their own, so that they can run beside the journeys, and hands back its URLs and publishable key.
// BENCH_REUSE_STACK=<state file> uses a stack that is already running instead; OCOP_BENCH_PORTS
// ("backend,storefront,console") moves it.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))

/** Default ports for script-started stacks: apart from dev (9000…) and the journeys (9100…). */
export const SCRIPT_STACK_PORTS = "9200,3200,3201"

/**
 * Starts (or reuses) a stack; resolves once it is ready with { urls, publishableKey, stop }.
 * `log` receives the stack's output lines when `verbose` is set.
 */
export async function startStack({
  ports = process.env.OCOP_BENCH_PORTS ?? SCRIPT_STACK_PORTS,
  verbose = false,
  timeoutMs = 300_000,
} = {}) {
  if (process.env.BENCH_REUSE_STACK) {
    const state = JSON.parse(fs.readFileSync(process.env.BENCH_REUSE_STACK, "utf8"))
    return { ...state, stop: async () => undefined }
  }
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocop-stack-")), "stack.json")
  const child = spawn(process.execPath, [path.join(here, "stack.mjs")], {
    env: {
      ...process.env,
      OCOP_STACK_PORTS: ports,
      OCOP_STACK_NO_CONSOLE: "1",
      OCOP_STACK_STATE_FILE: stateFile,
      // Without TEST_DATABASE_URL/DATABASE_URL: an embedded server (data folder) apart from the journeys'.
      OCOP_STACK_PG_NAME: "pg-stack-scripts",
      OCOP_STACK_PG_PORT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let tail = ""
  const onOutput = (chunk) => {
    const text = chunk.toString()
    tail = (tail + text).slice(-4000)
    if (verbose) process.stderr.write(text)
  }
  child.stdout.on("data", onOutput)
  child.stderr.on("data", onOutput)
  const exited = new Promise((resolve) => child.on("exit", resolve))

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack not ready after ${timeoutMs / 1000}s\n${tail}`)), timeoutMs)
    child.stdout.on("data", (chunk) => {
      if (chunk.toString().includes("[e2e-stack] ready")) {
        clearTimeout(timer)
        resolve()
      }
    })
    exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`stack exited (${code}) before it was ready\n${tail}`))
    })
  })
  const state = JSON.parse(fs.readFileSync(stateFile, "utf8"))
  return {
    ...state,
    stateFile,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM")
      await exited
    },
  }
}
