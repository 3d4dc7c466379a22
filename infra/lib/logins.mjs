/** The development-only demo accounts that the seed creates (see apps/backend/src/scripts). */
export const DEMO_PASSWORD = "ocop-demo-2021"

export const DEMO_STAFF = [
  { email: "admin@ocop-laocai.vn", role: "admin" },
  { email: "office@ocop-laocai.vn", role: "ocop_office" },
  { email: "promotion@ocop-laocai.vn", role: "trade_promotion" },
  // Sells at the Sa Pa showroom's counter only (issue 14).
  { email: "clerk.sapa@ocop-laocai.vn", role: "pos_clerk" },
]

/**
 * Every demo producer signs in as `<producer-handle>@ocop-laocai.vn` (apps/backend/src/scripts/
 * seed-steps/producer-users.ts). The banner names the first few; a backend test keeps these in step
 * with the seed's producers.
 */
export const DEMO_PRODUCER_LOGINS = {
  first: ["htx-cam-quyt-bao-thang", "htx-ga-bao-thang", "tht-thuy-san-phu-nhuan"],
  count: 29,
}

/** Banner lines for the producer logins: the first few, then how many more follow the pattern. */
export function demoProducerLines({ first, count } = DEMO_PRODUCER_LOGINS) {
  const lines = first.map((handle) => `    ${`${handle}@ocop-laocai.vn`.padEnd(40)} ${DEMO_PASSWORD}   (producer)`)
  if (count > first.length)
    lines.push(`    … and ${count - first.length} more: <producer-handle>@ocop-laocai.vn, same password`)
  return lines
}

/** The banner `npm run dev` prints once everything is ready. */
export function demoBanner({ backendUrl, storefrontUrl, consoleUrl, databaseUrl, embedded }) {
  const lines = [
    "OCOP Lào Cai is running (development)",
    "",
    `  storefront  ${storefrontUrl}`,
    `  console     ${consoleUrl}`,
    `  backend     ${backendUrl}   (health: ${backendUrl}/health)`,
    `  database    ${embedded ? "embedded PostgreSQL, " : ""}${redactPassword(databaseUrl)}`,
    "",
    "  Demo logins for the console (development only, sample data):",
    ...DEMO_STAFF.map((s) => `    ${s.email.padEnd(40)} ${DEMO_PASSWORD}   (${s.role})`),
    ...demoProducerLines(),
    "",
    "  Ctrl-C stops the backend, then the database.",
  ]
  const width = Math.max(...lines.map((l) => l.length)) + 2
  const bar = "─".repeat(width)
  return [`┌${bar}┐`, ...lines.map((l) => `│ ${l.padEnd(width - 1)}│`), `└${bar}┘`].join("\n")
}

function redactPassword(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "****"
    return parsed.toString()
  } catch {
    return url
  }
}
