import assert from "node:assert/strict"
import { test } from "node:test"
import { auditVerdict } from "./audit.mjs"

const report = (vulnerabilities) => JSON.stringify({ vulnerabilities })
const advisory = (source, severity) => ({ source, severity, title: "t", url: `https://x/${source}` })

test("fails on a high or critical advisory nobody accepted", () => {
  const out = report({ xlsx: { severity: "high", via: [advisory(1108110, "high")] } })
  assert.equal(auditVerdict(out, []).verdict, "fail")
})

test("passes an accepted advisory, and moderate ones", () => {
  const out = report({
    a: { severity: "critical", via: [advisory(1, "critical")] },
    b: { severity: "moderate", via: [advisory(2, "moderate")] },
    c: { severity: "high", via: ["a"] },
  })
  const verdict = auditVerdict(out, [{ id: "1", package: "a", reason: "not reachable" }])
  assert.equal(verdict.verdict, "pass")
  assert.match(verdict.lines.join("\n"), /accepted a 1/)
})

test("gives no verdict when the advisory service cannot be reached", () => {
  assert.equal(auditVerdict(JSON.stringify({ error: { summary: "405" } }), []).verdict, "unavailable")
  assert.equal(auditVerdict("", []).verdict, "unavailable")
})
