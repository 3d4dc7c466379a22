import { inject } from "vitest"

/**
 * The environment a Medusa command needs to act on the test database the way the shared test
 * server does: production mode, the run's throw-away secrets, one process on in-memory modules,
 * mail through the run's SMTP catcher.
 */
export function medusaTestEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const secrets = inject("testSecrets")
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: inject("databaseUrl"),
    JWT_SECRET: secrets.jwt,
    COOKIE_SECRET: secrets.cookie,
    REDIS_URL: "",
    OCOP_SINGLE_PROCESS: "true",
    SMTP_URL: inject("smtpUrl"),
    OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
    ...extra,
  }
}
