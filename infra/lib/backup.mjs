import fs from "node:fs"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import zlib from "node:zlib"
import pg from "pg"
import copyStreams from "pg-copy-streams"

// Backups are logical and made by the server itself (COPY through the wire protocol), so they need
// no pg_dump of the server's major version: the embedded PostgreSQL of development and tests is 17
// and ships no pg_dump, while the machine's is 15, which refuses to dump a newer server. The schema
// is not copied: a restore creates it with the release's own migrations, then loads the rows.

const FORMAT = "ocop-backup/1"
// The tables where Medusa records what has been applied, and the column naming each entry.
const MIGRATION_TABLES = {
  mikro_orm_migrations: "name",
  script_migrations: "script_name",
  link_module_migrations: "table_name",
}

/** Every table of the application's schema with its columns in order. */
async function tablesOf(client) {
  const { rows } = await client.query(
    `SELECT c.table_schema AS schema, c.table_name AS name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema = current_schema() AND c.is_generated = 'NEVER'
      GROUP BY c.table_schema, c.table_name ORDER BY c.table_name`,
  )
  return rows
}

const quoted = (table) => `${pg.escapeIdentifier(table.schema)}.${pg.escapeIdentifier(table.name)}`
const columnList = (table) => table.columns.map((c) => pg.escapeIdentifier(c)).join(", ")
const fileOf = (dir, table) => path.join(dir, "database", `${table.name}.copy.gz`)

/** The names of the migrations applied to a database, sorted (its schema's version). */
async function appliedMigrations(client) {
  const names = []
  for (const [table, column] of Object.entries(MIGRATION_TABLES)) {
    const exists = await client.query("SELECT to_regclass($1) AS t", [table])
    if (!exists.rows[0].t) continue
    const { rows } = await client.query(
      `SELECT ${pg.escapeIdentifier(column)} AS name FROM ${pg.escapeIdentifier(table)}`,
    )
    names.push(...rows.map((r) => `${table}:${r.name}`))
  }
  return names.sort()
}

/**
 * Writes every row of the database into `dir/database/<table>.copy.gz` from one consistent
 * snapshot (a repeatable-read transaction), and returns what the manifest records.
 */
export async function backupDatabase(databaseUrl, dir) {
  fs.mkdirSync(path.join(dir, "database"), { recursive: true })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    const server = (await client.query("SHOW server_version")).rows[0].server_version
    const migrations = await appliedMigrations(client)
    const tables = []
    for (const table of await tablesOf(client)) {
      const source = client.query(copyStreams.to(`COPY ${quoted(table)} (${columnList(table)}) TO STDOUT`))
      await pipeline(source, zlib.createGzip(), fs.createWriteStream(fileOf(dir, table)))
      tables.push({ name: table.name, columns: table.columns, rows: source.rowCount })
    }
    await client.query("COMMIT")
    return { server, migrations, tables }
  } finally {
    await client.end()
  }
}

/**
 * Refuses a database that already holds a shop: a restore goes into a fresh database, migrated by
 * this release (migrations themselves write bookkeeping rows, which the backup's replace).
 */
async function assertNoShop(client) {
  for (const name of ["product", "order", "user", "customer"]) {
    const { rows } = await client.query(`SELECT 1 FROM ${pg.escapeIdentifier(name)} LIMIT 1`)
    if (rows.length)
      throw new Error(`The database already holds a shop (table "${name}" has rows): restore into a new database.`)
  }
}

/**
 * Loads a backup's rows into a database that the same release has just migrated: same migrations,
 * else it refuses and says which release to use. Foreign keys are not checked while loading (the
 * rows were consistent when copied), then each sequence continues after the largest restored value.
 */
export async function restoreDatabase(databaseUrl, dir, manifest) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const migrations = await appliedMigrations(client)
    const missing = manifest.migrations.filter((m) => !migrations.includes(m))
    const extra = migrations.filter((m) => !manifest.migrations.includes(m))
    if (missing.length || extra.length) {
      throw new Error(
        `This backup's schema differs from this release's: restore it with the release that made it, then migrate.` +
          (missing.length ? `\n  only in the backup: ${missing.join(", ")}` : "") +
          (extra.length ? `\n  only in this release: ${extra.join(", ")}` : ""),
      )
    }
    const here = new Map((await tablesOf(client)).map((t) => [t.name, t]))
    await assertNoShop(client)
    await client.query("BEGIN")
    // Loading in any order: triggers (foreign keys) wait until the rows are all there.
    await client.query("SET LOCAL session_replication_role = replica")
    const unknown = manifest.tables.filter((t) => !here.has(t.name)).map((t) => t.name)
    if (unknown.length) throw new Error(`Tables in the backup that this release lacks: ${unknown.join(", ")}`)
    await client.query(`TRUNCATE ${manifest.tables.map((t) => quoted(here.get(t.name))).join(", ")}`)
    for (const table of manifest.tables) {
      const target = { ...here.get(table.name), columns: table.columns }
      const sink = client.query(copyStreams.from(`COPY ${quoted(target)} (${columnList(target)}) FROM STDIN`))
      await pipeline(fs.createReadStream(fileOf(dir, table)), zlib.createGunzip(), sink)
    }
    const { rows: sequences } = await client.query(
      `SELECT s.relname AS sequence, t.relname AS table_name, a.attname AS column_name
         FROM pg_class s
         JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
         JOIN pg_class t ON t.oid = d.refobjid
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace`,
    )
    for (const s of sequences) {
      await client.query(
        `SELECT setval($1::regclass, COALESCE((SELECT max(${pg.escapeIdentifier(s.column_name)}) FROM ${pg.escapeIdentifier(s.table_name)}), 0) + 1, false)`,
        [pg.escapeIdentifier(s.sequence)],
      )
    }
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

export const BACKUP_FORMAT = FORMAT
