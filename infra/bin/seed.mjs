#!/usr/bin/env node
// `npm run seed`: migrates the database when needed (under the migration lock), loads the demo
// catalogue idempotently, then prints the storefront's publishable key for MEDUSA_PUBLISHABLE_KEY.
// In production it runs the compiled backend, as the servers will.
import { runMedusa } from "../lib/medusa.mjs"
import { backendIsBuilt, migrateUnderLock, serverDir, storefrontPublishableKey } from "../lib/migrate.mjs"
import { backendDir } from "../lib/paths.mjs"

const log = (line) => process.stdout.write(`${line}\n`)
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
try {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is missing: the seed needs the database to load")
  await migrateUnderLock({ env, log })
  const compiled = env.NODE_ENV === "production" && backendIsBuilt()
  if (env.NODE_ENV === "production" && !compiled)
    throw new Error("The backend is not built: run `npm run build` first.")
  await runMedusa(["exec", compiled ? "./src/scripts/seed.js" : "./src/scripts/seed.ts"], {
    env,
    cwd: compiled ? serverDir : backendDir,
  })
  const key = await storefrontPublishableKey(env.DATABASE_URL)
  if (!key) throw new Error("The seed finished but the storefront's publishable key is missing")
  log(`\nThe storefront's publishable key (set it for npm start):\nMEDUSA_PUBLISHABLE_KEY=${key}`)
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
