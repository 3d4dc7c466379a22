import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

/** The environment an operator's shell has: PATH and HOME, nothing from this test run. */
export const bareEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: "C.UTF-8",
  MEDUSA_DISABLE_TELEMETRY: "true",
  TURBO_TELEMETRY_DISABLED: "1",
  // A faked clock (test/clock) reaches every process, as it would any other.
  ...(process.env.LD_PRELOAD ? { LD_PRELOAD: process.env.LD_PRELOAD, FAKETIME: process.env.FAKETIME } : {}),
})

/** Runs a command to its end; resolves with its exit code and everything it printed. */
export function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: options.env })
    let output = ""
    child.stdout.on("data", (c) => (output += c))
    child.stderr.on("data", (c) => (output += c))
    child.on("error", reject)
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

/** A long-running process whose output is kept, so a test can wait for a line or read it after. */
export type Service = { child: ChildProcess; output: () => string }

export function startService(command: string, args: string[], options: { env: NodeJS.ProcessEnv }): Service {
  // A process group of its own: stopping it stops the Medusa process its launcher started too.
  const child = spawn(command, args, { cwd: repoRoot, env: options.env, detached: true })
  let output = ""
  child.stdout!.on("data", (c) => (output += c))
  child.stderr!.on("data", (c) => (output += c))
  return { child, output: () => output }
}

/** Stops a service and every process it started; resolves once it is gone. */
export function stopService(service: Service | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const child = service?.child
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    process.kill(-child.pid!, signal)
  })
}

/** Polls until `check` resolves truthy, or fails after `timeoutMs` naming what it waited for. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 120_000,
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Resolves when /health answers 200, or rejects with the log if the process exits first. */
export async function healthy(baseUrl: string, service: Service, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (service.child.exitCode !== null) {
      throw new Error(`${baseUrl} exited with ${service.child.exitCode}:\n${service.output().slice(-3000)}`)
    }
    if (
      await fetch(`${baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    if (Date.now() > deadline) throw new Error(`${baseUrl} not healthy in time:\n${service.output().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
