import type pg from "pg"

/**
 * Runs `call` while the catalogue read model refuses rows whose English title is `marker`: the
 * catalogue refresh is the last step of the product workflows, so a request that reaches it has
 * already written everything else, and its failure shows what the compensations leave behind.
 * A trigger in the real database, so no test-only code sits in the server.
 */
export async function failCatalogueWrites<T>(db: pg.Client, marker: string, call: () => Promise<T>): Promise<T> {
  const name = `inject_${marker.replace(/[^a-z0-9]/gi, "_")}`.toLowerCase()
  await db.query(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'injected failure'; END $$`)
  await db.query(
    `CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON catalogue_entry FOR EACH ROW
     WHEN (NEW.title_en = ${db.escapeLiteral(marker)}) EXECUTE FUNCTION ${name}()`,
  )
  try {
    return await call()
  } finally {
    await db.query(`DROP TRIGGER IF EXISTS ${name} ON catalogue_entry`)
    await db.query(`DROP FUNCTION IF EXISTS ${name}()`)
  }
}
