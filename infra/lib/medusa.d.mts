import type { ChildProcess, StdioOptions } from "node:child_process"
type RunOptions = { env?: NodeJS.ProcessEnv; cwd?: string; quiet?: boolean }
export function medusaCli(): string
export function runMedusa(args: string[], options?: RunOptions): Promise<string>
export function spawnMedusa(
  args: string[],
  options?: { env?: NodeJS.ProcessEnv; cwd?: string; stdio?: StdioOptions },
): ChildProcess
export function waitForHealth(baseUrl: string, options?: { timeoutMs?: number; child?: ChildProcess }): Promise<void>
export function stopChild(child: ChildProcess | undefined, options?: { graceMs?: number }): Promise<void>
export function productionEnv(databaseUrl: string, extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv
