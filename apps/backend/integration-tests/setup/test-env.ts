import { inject } from "vitest"

/**
 * The environment a Medusa command needs to act on the test database the way the shared test
 * server does: production mode, the run's throw-away secrets, in-memory modules.
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
    OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
    ...extra,
  }
}
