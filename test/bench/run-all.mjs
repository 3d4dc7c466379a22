#!/usr/bin/env node
// `npm run bench`: every benchmark script in this folder, one after the other (they would skew each
// other's figures if run together on a small machine). Each prints its own figures.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const scripts = ["catalogue.mjs", "storefront.mjs", "counter-sale.mjs", "reports.mjs"].filter((name) =>
  fs.existsSync(path.join(here, name)),
)
let failed = 0
for (const name of scripts) {
  process.stdout.write(`\n=== bench/${name} ===\n`)
  const { status } = spawnSync(process.execPath, [path.join(here, name)], { stdio: "inherit" })
  if (status !== 0) {
    failed++
    process.stderr.write(`bench/${name} exited with ${status}\n`)
  }
}
process.exit(failed ? 1 : 0)
