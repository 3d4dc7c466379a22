import type { RawBackendEnv } from "./env"

/**
 * Secrets that must never guard a production server: Medusa's documented examples, our own
 * development fallbacks and the usual placeholders. Anyone who copies an example gets a clear refusal.
 */
export const KNOWN_DEFAULT_SECRETS = [
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "medusa",
  "ocop-dev-jwt-secret-not-for-production",
  "ocop-dev-cookie-secret-not-for-production",
] as const

function checkProductionSecret(name: string, value: string | undefined): string | undefined {
  if (!value) return `${name} is missing; production needs a random secret of at least 32 characters`
  if ((KNOWN_DEFAULT_SECRETS as readonly string[]).includes(value.toLowerCase())) {
    return `${name} is a known default secret ("${value}"); set a random value of at least 32 characters`
  }
  if (value.length < 32) return `${name} is too short (${value.length} characters); use at least 32`
  return undefined
}

function checkUrl(name: string, value: string | undefined, protocols: string[]): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    if (!protocols.includes(url.protocol)) {
      return `${name} must start with ${protocols.join(" or ")} (got ${url.protocol})`
    }
  } catch {
    return `${name} is not a valid URL`
  }
  return undefined
}

/** Every URL variable is a URL of the right kind, in any environment. */
export function urlProblems(raw: RawBackendEnv): string[] {
  return [
    checkUrl("DATABASE_URL", raw.DATABASE_URL, ["postgres:", "postgresql:"]),
    checkUrl("REDIS_URL", raw.REDIS_URL, ["redis:", "rediss:"]),
    checkUrl("MEDUSA_BACKEND_URL", raw.MEDUSA_BACKEND_URL, ["http:", "https:"]),
    checkUrl("OCOP_CONSOLE_URL", raw.OCOP_CONSOLE_URL, ["http:", "https:"]),
    checkUrl("OCOP_STOREFRONT_URL", raw.OCOP_STOREFRONT_URL, ["http:", "https:"]),
    checkUrl("S3_ENDPOINT", raw.S3_ENDPOINT, ["http:", "https:"]),
    checkUrl("S3_FILE_URL", raw.S3_FILE_URL, ["http:", "https:"]),
    checkUrl("SMTP_URL", raw.SMTP_URL, ["smtp:", "smtps:"]),
  ].filter((p): p is string => Boolean(p))
}

/** The three VietQR variables go together: a 6-digit NAPAS BIN, an account of 1–19 letters or digits, a name. */
export function vietQrProblems(raw: RawBackendEnv): string[] {
  const set = [raw.VIETQR_BANK_BIN, raw.VIETQR_ACCOUNT_NO, raw.VIETQR_ACCOUNT_NAME].filter(Boolean).length
  if (set === 0) return []
  if (set < 3) return ["VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME must be set together"]
  const problems: string[] = []
  if (!/^\d{6}$/.test(raw.VIETQR_BANK_BIN!)) problems.push("VIETQR_BANK_BIN must be the bank's 6-digit NAPAS BIN")
  if (!/^[0-9A-Za-z]{1,19}$/.test(raw.VIETQR_ACCOUNT_NO!))
    problems.push("VIETQR_ACCOUNT_NO must be 1–19 letters or digits")
  if (raw.VIETQR_ACCOUNT_NAME!.length > 50) problems.push("VIETQR_ACCOUNT_NAME must be at most 50 characters")
  return problems
}

const S3_REQUIRED = ["S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const

/** S3 storage is all or nothing: with S3_BUCKET, the region, keys and public file URL are needed too. */
export function fileStorageProblems(raw: RawBackendEnv): string[] {
  const s3Vars = [raw.S3_BUCKET, ...S3_REQUIRED.map((name) => raw[name]), raw.S3_ENDPOINT].filter(Boolean).length
  if (!raw.S3_BUCKET) return s3Vars > 0 ? ["S3_BUCKET is missing; the other S3_* variables need it"] : []
  const missing = S3_REQUIRED.filter((name) => !raw[name])
  return missing.length ? [`${missing.join(", ")} missing; S3_BUCKET needs them`] : []
}

/** EMAIL_FROM names the sender of SMTP mail; without SMTP_URL it would silently go nowhere. */
export function emailProblems(raw: RawBackendEnv): string[] {
  return raw.EMAIL_FROM && !raw.SMTP_URL ? ["EMAIL_FROM is set but SMTP_URL is missing"] : []
}

/**
 * What a production process refuses at start (never at build): missing or default secrets, no
 * database, the sample VietQR account without opting in, and a set-up that only works for one
 * process — no Redis or files on local disk — unless the operator declares OCOP_SINGLE_PROCESS=true,
 * and no way to send e-mail unless OCOP_EMAIL_LOG_ONLY=true says mail goes to the log on purpose.
 */
export function productionProblems(raw: RawBackendEnv): string[] {
  const problems: string[] = []
  if (!raw.DATABASE_URL) problems.push("DATABASE_URL is missing; production needs a PostgreSQL URL")
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
    const problem = checkProductionSecret(name, raw[name])
    if (problem) problems.push(problem)
  }
  const vietQrSet = raw.VIETQR_BANK_BIN || raw.VIETQR_ACCOUNT_NO || raw.VIETQR_ACCOUNT_NAME
  // Buyers would transfer real money to the sample account: production needs the real one, unless a
  // demo or test deployment opts into the labelled sample on purpose.
  if (!vietQrSet && raw.OCOP_VIETQR_SAMPLE_ACCOUNT !== "true") {
    problems.push(
      "VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME are missing; production needs the account that receives bank transfers (OCOP_VIETQR_SAMPLE_ACCOUNT=true uses the sample account, for demos only)",
    )
  }
  const single = raw.OCOP_SINGLE_PROCESS === "true"
  if (!single && !raw.REDIS_URL) {
    problems.push(
      "REDIS_URL is missing; production keeps sessions, locks, events, workflows and cache in Redis so that servers and workers share them (OCOP_SINGLE_PROCESS=true declares one process and runs without it)",
    )
  }
  if (!single && !raw.S3_BUCKET) {
    problems.push(
      "S3_BUCKET is missing; uploads on local disk are seen by one process only, so production stores files in an S3-compatible bucket (OCOP_SINGLE_PROCESS=true keeps them on this machine's disk)",
    )
  }
  if (!raw.SMTP_URL && raw.OCOP_EMAIL_LOG_ONLY !== "true") {
    problems.push(
      "SMTP_URL is missing; production sends invites, password resets and order mails through an SMTP server (OCOP_EMAIL_LOG_ONLY=true only logs them, for demos)",
    )
  }
  return problems
}
