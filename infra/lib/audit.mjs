/**
 * The verdict on `npm audit --omit=dev --json` for CI: high or critical advisories fail the build
 * unless `.ci/audit-exceptions.json` names them with a reason. When the advisory service cannot be
 * reached (this workplace's registry mirror answers 405), there is no verdict: CI says so loudly and
 * goes on, since a missing service is not a vulnerability.
 */

const SERIOUS = new Set(["high", "critical"])

/**
 * @param {string} stdout what `npm audit --json` printed
 * @param {{ id: string, package: string, reason: string }[]} exceptions advisories accepted, each with why
 * @returns {{ verdict: "pass" | "fail" | "unavailable", lines: string[] }}
 */
export function auditVerdict(stdout, exceptions) {
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    return { verdict: "unavailable", lines: ["npm audit printed no report"] }
  }
  if (report.error || !report.vulnerabilities) {
    return { verdict: "unavailable", lines: [`npm audit could not run: ${report.error?.summary ?? "no report"}`] }
  }
  const accepted = new Set(exceptions.map((e) => String(e.id)))
  const lines = []
  let failing = 0
  for (const [name, entry] of Object.entries(report.vulnerabilities)) {
    if (!SERIOUS.has(entry.severity)) continue
    const advisories = (entry.via ?? []).filter((v) => typeof v === "object")
    // A package flagged only through another package's advisory is judged with that package.
    if (advisories.length === 0) continue
    for (const advisory of advisories) {
      const id = String(advisory.source ?? advisory.url)
      if (accepted.has(id)) {
        lines.push(`accepted ${name} ${id} (${advisory.severity}): see .ci/audit-exceptions.json`)
      } else {
        failing++
        lines.push(`FAIL ${name} ${id} (${advisory.severity}): ${advisory.title ?? ""} ${advisory.url ?? ""}`.trim())
      }
    }
  }
  return { verdict: failing > 0 ? "fail" : "pass", lines }
}
