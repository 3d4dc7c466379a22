#!/usr/bin/env node
// `npm run backup [-- <folder>]`: the database's rows and the uploaded files into a new folder
// (default backups/ocop-<UTC time>), with a manifest. See docs/operations.md "Back up and restore".
import fs from "node:fs"
import path from "node:path"
import { BACKUP_FORMAT, backupDatabase } from "../lib/backup.mjs"
import { backupFiles } from "../lib/backup-files.mjs"

const log = (line) => process.stdout.write(`${line}\n`)
try {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error("DATABASE_URL is missing: the backup needs the database to copy")
  const stamp = new Date().toISOString().replace(/[:.]/g, "-")
  const dir = path.resolve(process.argv[2] ?? path.join("backups", `ocop-${stamp}`))
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`${dir} is not empty: choose a new folder`)
  fs.mkdirSync(dir, { recursive: true })
  const database = await backupDatabase(databaseUrl, dir)
  const files = await backupFiles(process.env, dir)
  const manifest = { format: BACKUP_FORMAT, created_at: new Date().toISOString(), ...database, files }
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`)
  const rows = database.tables.reduce((sum, t) => sum + t.rows, 0)
  log(`backup: ${database.tables.length} tables, ${rows} rows, ${files.count} files (${files.kind}) in ${dir}`)
} catch (error) {
  process.stderr.write(`backup failed: ${error.message}\n`)
  process.exit(1)
}
