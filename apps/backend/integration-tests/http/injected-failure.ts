import type pg from "pg"

/**
 * Runs `call` while the database refuses to write rows of `table` that carry `marker` in the
 * `column` (a column name, or a JSON path such as `changes->>'title_en'`). A trigger in the real
 * database, so no test-only code sits in the server: a request whose late step writes such a row
 * has already written everything before it, and its failure shows what the compensations leave.
 */
export async function failWrites<T>(
  db: pg.Client,
  target: { table: string; column: string; marker: string },
  call: () => Promise<T>,
): Promise<T> {
  const name = `inject_${target.marker.replace(/[^a-z0-9]/gi, "_")}`.toLowerCase()
  await db.query(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'injected failure'; END $$`)
  await db.query(
    `CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON ${target.table} FOR EACH ROW
     WHEN ((NEW.${target.column}) = ${db.escapeLiteral(target.marker)}) EXECUTE FUNCTION ${name}()`,
  )
  try {
    return await call()
  } finally {
    await db.query(`DROP TRIGGER IF EXISTS ${name} ON ${target.table}`)
    await db.query(`DROP FUNCTION IF EXISTS ${name}()`)
  }
}

/** failWrites on the catalogue read model, whose refresh is the last step of the product workflows. */
export const failCatalogueWrites = <T>(db: pg.Client, marker: string, call: () => Promise<T>) =>
  failWrites(db, { table: "catalogue_entry", column: "title_en", marker }, call)
