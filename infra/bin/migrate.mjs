#!/usr/bin/env node
// `npm run migrate`: the deployment step that brings the database schema up to the code, once per
// deployment, before the new servers and workers start (they never migrate on their own).
import { migrateUnderLock } from "../lib/migrate.mjs"

const log = (line) => process.stdout.write(`${line}\n`)
try {
  await migrateUnderLock({ log })
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
