import path from "node:path"
import { z } from "zod"

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

const DEV_SECRETS = {
  JWT_SECRET: "ocop-dev-jwt-secret-not-for-production",
  COOKIE_SECRET: "ocop-dev-cookie-secret-not-for-production",
} as const

const LOOPBACK_ADDRESSES = "127.0.0.1,::1,::ffff:127.0.0.1"
const DEV_DATABASE_URL = "postgres://postgres@localhost:5432/ocop"
const STOREFRONT_ORIGIN = "http://localhost:3000"
const CONSOLE_ORIGIN = "http://localhost:3001"

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional()

const rawEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: optionalText,
  REDIS_URL: optionalText,
  JWT_SECRET: optionalText,
  COOKIE_SECRET: optionalText,
  STORE_CORS: optionalText,
  ADMIN_CORS: optionalText,
  AUTH_CORS: optionalText,
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  MEDUSA_BACKEND_URL: optionalText,
  OCOP_CONSOLE_URL: optionalText,
  OCOP_UPLOAD_DIR: optionalText,
  OCOP_MAILBOX_DIR: optionalText,
  OCOP_PRIVATE_UPLOAD_DIR: optionalText,
  OCOP_RATE_LIMIT_TRUSTED: optionalText,
  VIETQR_BANK_BIN: optionalText,
  VIETQR_ACCOUNT_NO: optionalText,
  VIETQR_ACCOUNT_NAME: optionalText,
  OCOP_VIETQR_SAMPLE_ACCOUNT: optionalText,
})

/**
 * Receiving account for VietQR bank transfers. The fallback is a made-up SAMPLE account so that
 * development and tests need no set-up; `sample` tells the shop to label it as such.
 */
export type VietQrAccount = { bankBin: string; accountNumber: string; accountName: string; sample: boolean }

const SAMPLE_VIETQR_ACCOUNT = {
  bankBin: "970436",
  accountNumber: "0011000000000",
  accountName: "OCOP LAO CAI (TAI KHOAN MAU)",
}

export type BackendEnv = {
  nodeEnv: "development" | "test" | "production"
  databaseUrl: string
  redisUrl?: string
  jwtSecret: string
  cookieSecret: string
  storeCors: string
  adminCors: string
  authCors: string
  workerMode: "shared" | "server" | "worker"
  backendUrl: string
  /** The console's public address (OCOP_CONSOLE_URL); staff and producer invite links point there. */
  consoleUrl: string
  /**
   * Where the local file provider writes uploads (default `uploads/` of the working directory), served
   * by our /static routes with headers that run nothing. Never `static/`: Medusa serves that folder
   * itself, without those headers (decision 018).
   */
  uploadDir: string
  /** Medusa's private files (exports): outside every served folder (default `private-uploads/`). */
  privateUploadDir: string
  /**
   * A folder standing in for the recipients' mailboxes (OCOP_MAILBOX_DIR: tests and demos without a
   * mail server): each message, links included, is written there as a JSON file.
   */
  mailboxDir?: string
  /**
   * Client addresses that skip the per-address sign-in limit (OCOP_RATE_LIMIT_TRUSTED, comma-separated;
   * default loopback): the storefront server, which signs buyers in from its own address and limits
   * them itself. The per-account limit holds for everyone (decision 019).
   */
  rateLimitTrusted: Set<string>
  vietqr: VietQrAccount
}

/** Thrown when the environment cannot run the backend; the message names every variable at fault. */
export class BackendEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The backend cannot start: fix these environment variables.\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    this.name = "BackendEnvError"
  }
}

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

/** The three VietQR variables go together: a 6-digit NAPAS BIN, an account of 1–19 letters or digits, a name. */
function checkVietQr(raw: z.infer<typeof rawEnvSchema>): string[] {
  const set = [raw.VIETQR_BANK_BIN, raw.VIETQR_ACCOUNT_NO, raw.VIETQR_ACCOUNT_NAME].filter(Boolean).length
  // Buyers would transfer real money to the sample account: production needs the real one, unless a
  // demo or test deployment opts into the labelled sample on purpose.
  if (set === 0 && raw.NODE_ENV === "production" && raw.OCOP_VIETQR_SAMPLE_ACCOUNT !== "true") {
    return [
      "VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME are missing; production needs the account that receives bank transfers (OCOP_VIETQR_SAMPLE_ACCOUNT=true uses the sample account, for demos only)",
    ]
  }
  if (set === 0) return []
  if (set < 3) return ["VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME must be set together"]
  const problems: string[] = []
  if (!/^\d{6}$/.test(raw.VIETQR_BANK_BIN!)) problems.push("VIETQR_BANK_BIN must be the bank's 6-digit NAPAS BIN")
  if (!/^[0-9A-Za-z]{1,19}$/.test(raw.VIETQR_ACCOUNT_NO!))
    problems.push("VIETQR_ACCOUNT_NO must be 1–19 letters or digits")
  if (raw.VIETQR_ACCOUNT_NAME!.length > 50) problems.push("VIETQR_ACCOUNT_NAME must be at most 50 characters")
  return problems
}

/**
 * Reads and checks the backend's environment. Development and tests fall back to local defaults so
 * that `npm run dev` needs no set-up; production refuses missing or default secrets and a missing database.
 */
export function loadBackendEnv(env: NodeJS.ProcessEnv = process.env): BackendEnv {
  const parsed = rawEnvSchema.safeParse(env)
  if (!parsed.success) {
    throw new BackendEnvError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`))
  }
  const raw = parsed.data
  const production = raw.NODE_ENV === "production"
  const problems: string[] = []

  if (production) {
    if (!raw.DATABASE_URL) problems.push("DATABASE_URL is missing; production needs a PostgreSQL URL")
    for (const name of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      const problem = checkProductionSecret(name, raw[name])
      if (problem) problems.push(problem)
    }
  }
  const urlProblems = [
    checkUrl("DATABASE_URL", raw.DATABASE_URL, ["postgres:", "postgresql:"]),
    checkUrl("REDIS_URL", raw.REDIS_URL, ["redis:", "rediss:"]),
    checkUrl("MEDUSA_BACKEND_URL", raw.MEDUSA_BACKEND_URL, ["http:", "https:"]),
    checkUrl("OCOP_CONSOLE_URL", raw.OCOP_CONSOLE_URL, ["http:", "https:"]),
  ]
  for (const problem of urlProblems) if (problem) problems.push(problem)
  problems.push(...checkVietQr(raw))
  if (problems.length > 0) throw new BackendEnvError(problems)

  const devOrigins = `${STOREFRONT_ORIGIN},${CONSOLE_ORIGIN}`
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL ?? DEV_DATABASE_URL,
    redisUrl: raw.REDIS_URL,
    jwtSecret: raw.JWT_SECRET ?? DEV_SECRETS.JWT_SECRET,
    cookieSecret: raw.COOKIE_SECRET ?? DEV_SECRETS.COOKIE_SECRET,
    storeCors: raw.STORE_CORS ?? STOREFRONT_ORIGIN,
    adminCors: raw.ADMIN_CORS ?? CONSOLE_ORIGIN,
    authCors: raw.AUTH_CORS ?? devOrigins,
    workerMode: raw.MEDUSA_WORKER_MODE,
    backendUrl: raw.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    consoleUrl: (raw.OCOP_CONSOLE_URL ?? CONSOLE_ORIGIN).replace(/\/+$/, ""),
    uploadDir: path.resolve(raw.OCOP_UPLOAD_DIR ?? "uploads"),
    privateUploadDir: path.resolve(raw.OCOP_PRIVATE_UPLOAD_DIR ?? "private-uploads"),
    mailboxDir: raw.OCOP_MAILBOX_DIR,
    rateLimitTrusted: new Set(
      (raw.OCOP_RATE_LIMIT_TRUSTED ?? LOOPBACK_ADDRESSES)
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    ),
    vietqr: raw.VIETQR_BANK_BIN
      ? {
          bankBin: raw.VIETQR_BANK_BIN,
          accountNumber: raw.VIETQR_ACCOUNT_NO ?? "",
          accountName: raw.VIETQR_ACCOUNT_NAME ?? "",
          sample: false,
        }
      : { ...SAMPLE_VIETQR_ACCOUNT, sample: true },
  }
}
