import path from "node:path"
import { z } from "zod"
import { emailProblems, fileStorageProblems, productionProblems, urlProblems, vietQrProblems } from "./env-checks"

export { KNOWN_DEFAULT_SECRETS } from "./env-checks"

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
  OCOP_STOREFRONT_URL: optionalText,
  OCOP_UPLOAD_DIR: optionalText,
  OCOP_MAILBOX_DIR: optionalText,
  OCOP_PRIVATE_UPLOAD_DIR: optionalText,
  OCOP_RATE_LIMIT_TRUSTED: optionalText,
  VIETQR_BANK_BIN: optionalText,
  VIETQR_ACCOUNT_NO: optionalText,
  VIETQR_ACCOUNT_NAME: optionalText,
  OCOP_VIETQR_SAMPLE_ACCOUNT: optionalText,
  OCOP_SINGLE_PROCESS: optionalText,
  OCOP_MEDUSA_CACHE: optionalText,
  S3_BUCKET: optionalText,
  S3_REGION: optionalText,
  S3_ENDPOINT: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FILE_URL: optionalText,
  S3_PREFIX: optionalText,
  S3_FORCE_PATH_STYLE: optionalText,
  SMTP_URL: optionalText,
  EMAIL_FROM: optionalText,
  OCOP_EMAIL_LOG_ONLY: optionalText,
  // Read by src/jobs/expire-certifications.ts; checked here so a malformed cron stops the start.
  OCOP_CERTIFICATE_SWEEP_SCHEDULE: z
    .string()
    .trim()
    .regex(/^\S+( \S+){4,5}$/, "a cron pattern of 5 (or 6, with seconds) fields")
    .optional(),
})

export type RawBackendEnv = z.infer<typeof rawEnvSchema>

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
  /** The storefront's public address (OCOP_STOREFRONT_URL): buyers' password-reset links and receipts' certificate QR codes. */
  storefrontUrl: string
  /**
   * Where the local file provider writes uploads (default `uploads/` of the working directory), served
   * by our /static routes with headers that run nothing. Never `static/`: Medusa serves that folder
   * itself, without those headers (decision 020).
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
   * them itself. The per-account limit holds for everyone (decision 021).
   */
  rateLimitTrusted: Set<string>
  vietqr: VietQrAccount
  /** The operator runs one Medusa process (OCOP_SINGLE_PROCESS=true): Redis and shared files are optional. */
  singleProcess: boolean
  /**
   * Medusa's caching module in this process's memory when there is no Redis (OCOP_MEDUSA_CACHE=memory;
   * decision 032). With Redis the cache is always on, in Redis.
   */
  memoryCache: boolean
  /** Where uploaded files go: the local disk of one process, or an S3-compatible store every process sees. */
  files: FileStorage
  /** How e-mail leaves: an SMTP server, or only the log (development, tests, or an explicit opt-out). */
  email: EmailTransport
}

export type FileStorage =
  | { kind: "local" }
  | {
      kind: "s3"
      bucket: string
      region: string
      endpoint?: string
      accessKeyId: string
      secretAccessKey: string
      /** Public base URL of the bucket's files (a CDN or the endpoint with the bucket). */
      fileUrl: string
      prefix?: string
      forcePathStyle: boolean
    }

export type EmailTransport = { kind: "smtp"; url: string; from: string } | { kind: "log" }

/** What the configuration is loaded for: `build` compiles only and reads no runtime secret. */
export type ConfigPhase = "build" | "run"

/**
 * The phase of the Medusa CLI command this process runs (`medusa build` → "build", anything else →
 * "run"), read from its arguments: an environment variable could be left set on a server by mistake.
 */
export function configPhase(argv: readonly string[] = process.argv): ConfigPhase {
  const command = argv.slice(2).find((arg) => !arg.startsWith("-"))
  return command === "build" && /medusa|cli\.js/.test(argv[1] ?? "") ? "build" : "run"
}

/** Thrown when the environment cannot run the backend; the message names every variable at fault. */
export class BackendEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The backend cannot start: fix these environment variables.\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    this.name = "BackendEnvError"
  }
}

/**
 * Reads and checks the backend's environment. Development and tests fall back to local defaults so
 * that `npm run dev` needs no set-up; production refuses missing or default secrets, a missing
 * database, and a set-up that cannot scale or mail (env-checks.ts). `phase: "build"` (medusa build)
 * skips the production refusals: compiling reads no secret, and the compiled server checks again at start.
 */
export function loadBackendEnv(env: NodeJS.ProcessEnv = process.env, phase: ConfigPhase = "run"): BackendEnv {
  const parsed = rawEnvSchema.safeParse(env)
  if (!parsed.success) {
    throw new BackendEnvError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`))
  }
  const raw = parsed.data
  const problems = [...urlProblems(raw), ...vietQrProblems(raw), ...fileStorageProblems(raw), ...emailProblems(raw)]
  if (raw.NODE_ENV === "production" && phase === "run") problems.push(...productionProblems(raw))
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
    storefrontUrl: (raw.OCOP_STOREFRONT_URL ?? STOREFRONT_ORIGIN).replace(/\/+$/, ""),
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
    singleProcess: raw.OCOP_SINGLE_PROCESS === "true",
    memoryCache: raw.OCOP_MEDUSA_CACHE === "memory",
    files: raw.S3_BUCKET
      ? {
          kind: "s3",
          bucket: raw.S3_BUCKET,
          region: raw.S3_REGION!,
          endpoint: raw.S3_ENDPOINT,
          accessKeyId: raw.S3_ACCESS_KEY_ID!,
          secretAccessKey: raw.S3_SECRET_ACCESS_KEY!,
          fileUrl: raw.S3_FILE_URL!.replace(/\/+$/, ""),
          prefix: raw.S3_PREFIX,
          forcePathStyle: raw.S3_FORCE_PATH_STYLE === "true",
        }
      : { kind: "local" },
    email: raw.SMTP_URL
      ? { kind: "smtp", url: raw.SMTP_URL, from: raw.EMAIL_FROM ?? DEFAULT_EMAIL_FROM }
      : { kind: "log" },
  }
}

/** Sender of the shop's e-mails when EMAIL_FROM is not set. */
export const DEFAULT_EMAIL_FROM = "OCOP Lào Cai <no-reply@ocop-laocai.vn>"
