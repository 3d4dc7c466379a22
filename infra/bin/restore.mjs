#!/usr/bin/env node
// `npm run restore -- <folder>`: a backup (npm run backup) into a new database: creates it when
// missing, migrates it with this release, loads the rows, puts the files back. With the production
// variables of the shop to restore into (DATABASE_URL names the new database).
import fs from "node:fs"
import path from "node:path"
import { createDatabaseIfMissing, databaseNameOf } from "../lib/database.mjs"
import { BACKUP_FORMAT, restoreDatabase } from "../lib/backup.mjs"
import { restoreFiles } from "../lib/backup-files.mjs"
import { migrateUnderLock } from "../lib/migrate.mjs"

const log = (line) => process.stdout.write(`${line}\n`)
try {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error("DATABASE_URL is missing: name the new database to restore into")
  if (!process.argv[2]) throw new Error("Which backup? npm run restore -- <folder>")
  const dir = path.resolve(process.argv[2])
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"))
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${dir} is not a backup of this kind (${manifest.format})`)
  await createDatabaseIfMissing(databaseUrl, databaseNameOf(databaseUrl))
  await migrateUnderLock({ env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }, log })
  await restoreDatabase(databaseUrl, dir, manifest)
  const files = await restoreFiles(process.env, dir, manifest.files)
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
  log(
    `restore: ${manifest.tables.length} tables, ${rows} rows, ${files} files from ${dir} (made ${manifest.created_at})`,
  )
} catch (error) {
  process.stderr.write(`restore failed: ${error.message}\n`)
  process.exit(1)
}
