#!/usr/bin/env node
// Production start of the storefront (`npm start`): remix-serve, the same server as before, in
// processCount() processes sharing one port through node:cluster (decision 036). A page is ~20–40 ms
// of React and Remix CPU in one thread, so one process uses one core whatever the machine has.
//
// - Each worker validates the environment when it loads the build (app/entry.server.tsx): a worker
//   that exits before it listens (no MEDUSA_PUBLISHABLE_KEY in production, the port taken, …) stops
//   the others and the start fails with its exit code, as one remix-serve process did.
// - A worker that dies after it listened is replaced, at most 5 times a minute.
// - SIGTERM/SIGINT: every worker stops accepting connections and finishes the ones it has
//   (cluster's disconnect), then is ended; after 10 s the rest are killed. The primary exits when
//   the last worker has.
import cluster from "node:cluster"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { processCount } from "./processes.mjs"

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const buildPath = path.join(appDir, "build", "server", "index.js")
const remixServe = createRequire(import.meta.url).resolve("@remix-run/serve/dist/cli.js")
const log = (line) => process.stderr.write(`[storefront] ${line}\n`)
const STOP_GRACE_MS = 10_000
const MAX_RESTARTS_PER_MINUTE = 5

// remix-serve serves ./public and resolves the development state file from the working directory.
process.chdir(appDir)
process.env.NODE_ENV ??= "production"
// remix-serve would pick a random free port when 3000 is taken; several processes must agree on one.
process.env.PORT ??= "3000"

let processes
try {
  processes = processCount()
} catch (error) {
  log(error.message)
  process.exit(1)
}
if (processes.warning) log(processes.warning)

if (processes.count === 1) {
  // One process: remix-serve itself, in this process, exactly as `remix-serve ./build/server/index.js`.
  process.argv[2] = buildPath
  createRequire(import.meta.url)(remixServe)
} else {
  cluster.setupPrimary({ exec: remixServe, args: [buildPath] })
  const listening = new Set()
  const restarts = []
  let stopping = false
  let exitCode = 0

  const fork = () => {
    const worker = cluster.fork()
    worker.once("listening", () => listening.add(worker.id))
  }

  // The workers being stopped, tracked here: worker.disconnect() drops a worker from
  // cluster.workers at once, long before it exits.
  const leaving = new Set()

  const stop = (code) => {
    if (stopping) return
    stopping = true
    exitCode = code
    for (const worker of Object.values(cluster.workers ?? {})) if (worker) leaving.add(worker)
    if (leaving.size === 0) process.exit(exitCode)
    for (const worker of leaving) {
      // A worker's IPC channel closes once its servers have closed and their connections ended:
      // nothing is left to answer, but a handle (a Redis connection, a timer) may still keep it
      // alive, so it is ended here. remix-serve's own SIGTERM handler would only close the server
      // again, hence SIGKILL.
      worker.once("disconnect", () => worker.process.kill("SIGKILL"))
      worker.disconnect()
    }
    // Kept referenced: with every IPC channel closed, nothing else keeps the primary waiting.
    setTimeout(() => {
      for (const worker of leaving) worker.process.kill("SIGKILL")
    }, STOP_GRACE_MS)
  }

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      leaving.delete(worker)
      if (leaving.size === 0) process.exit(exitCode)
      return
    }
    const how = signal ? `signal ${signal}` : `code ${code}`
    if (!listening.has(worker.id)) {
      log(`a process exited (${how}) before it listened: stopping`)
      return stop(code || 1)
    }
    const now = Date.now()
    restarts.push(now)
    while (restarts[0] < now - 60_000) restarts.shift()
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      log(`a process exited (${how}), the ${restarts.length}th in a minute: stopping`)
      return stop(code || 1)
    }
    log(`a process exited (${how}): starting another`)
    fork()
  })

  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0))
  log(`${processes.count} processes on port ${process.env.PORT}`)
  for (let i = 0; i < processes.count; i++) fork()
}
