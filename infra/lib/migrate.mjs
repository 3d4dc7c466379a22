import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { runMedusa } from "./medusa.mjs"
import { backendDir } from "./paths.mjs"

/** The compiled backend that production runs (`npm run build`). */
export const serverDir = path.join(backendDir, ".medusa", "server")

/** True once `npm run build` has compiled the backend. */
export const backendIsBuilt = () => fs.existsSync(path.join(serverDir, "medusa-config.js"))

/**
 * Key of the PostgreSQL advisory lock that migrations hold: any number fixed for this application
 * ("OCOP" in ASCII), so that two deployments or processes starting at once migrate one after the other.
 */
export const MIGRATION_LOCK_KEY = 0x4f434f50

/**
 * Runs `medusa db:migrate` (Medusa's and our modules' migrations, link sync, data scripts) while
 * holding a session advisory lock on the database, so a second caller waits and then finds nothing
 * to do. Runs in the compiled server when production is built, else from the sources.
 */
export async function migrateUnderLock({ env = process.env, quiet = false, log = () => {} } = {}) {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is missing: migrations need the database to migrate")
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS got", [MIGRATION_LOCK_KEY])
    if (!rows[0].got) {
      log("migrations: another process is migrating this database; waiting for it")
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY])
    }
    const cwd = env.NODE_ENV === "production" && backendIsBuilt() ? serverDir : backendDir
    const started = Date.now()
    await runMedusa(["db:migrate"], { env, cwd, quiet })
    log(`migrations: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => undefined)
    await client.end().catch(() => undefined)
  }
}

/** The storefront's publishable key that the seed created, or null before the first seed. */
export async function storefrontPublishableKey(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT token FROM api_key WHERE title = 'Storefront' AND type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
    )
    return rows[0]?.token ?? null
  } finally {
    await client.end()
  }
}
