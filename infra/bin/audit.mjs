#!/usr/bin/env node
// CI: `npm audit --omit=dev` judged by lib/audit.mjs against .ci/audit-exceptions.json.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { auditVerdict } from "../lib/audit.mjs"
import { repoRoot } from "../lib/paths.mjs"

const exceptions = JSON.parse(fs.readFileSync(path.join(repoRoot, ".ci", "audit-exceptions.json"), "utf8"))
const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
  cwd: repoRoot,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
})
const { verdict, lines } = auditVerdict(run.stdout, exceptions.accepted)
for (const line of lines) process.stdout.write(`[audit] ${line}\n`)
if (verdict === "unavailable")
  process.stdout.write("[audit] WARNING: no audit verdict (advisory service unreachable)\n")
else process.stdout.write(`[audit] ${verdict}\n`)
process.exit(verdict === "fail" ? 1 : 0)
