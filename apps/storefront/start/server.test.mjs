import { spawnSync } from "node:child_process"
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
