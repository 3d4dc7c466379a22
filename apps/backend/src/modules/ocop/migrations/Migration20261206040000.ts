import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One side of a change as signed counts per key: listed, not deleted rows of a transition table. */
const side = (table: string, sign: 1 | -1) =>
  `SELECT coalesce("star_level", 0) AS s, "product_group"::text AS g, "origin_district"::text AS d, ${sign} AS n
      FROM "${table}" WHERE "is_listed" AND "deleted_at" IS NULL`

/** Adds the signed rows of `delta` to the counts, in key order. */
const applyDelta = (
  delta: string,
) => `INSERT INTO "catalogue_count" ("star_level", "product_group", "origin_district", "listed")
    SELECT s, g, d, sum(n) FROM (${delta}) AS delta
    GROUP BY s, g, d HAVING sum(n) <> 0 ORDER BY s, g, d
    ON CONFLICT ("star_level", "product_group", "origin_district")
    DO UPDATE SET "listed" = "catalogue_count"."listed" + excluded."listed";`

/**
 * Listed catalogue entries counted per (star level, product group, district): at most 216 rows
 * with star level 0 (decision 035), which the store's facets and unfiltered totals sum instead of
 * counting ~20,000 index entries per request. No model: the rows are derived, and written only by the triggers
 * below, in the transaction of the statement that changed catalogue_entry, so every write path
 * (the refresh workflow, its compensation, a bulk load) keeps them right without knowing of them.
 * star_level 0 stands for "none" (a primary key column cannot be null; no filter asks for 0).
 *
 * The triggers fire once per statement with its transition tables, so a batch of 500 rows moves
 * each touched count once; a statement's deltas are applied in key order, so two concurrent
 * statements lock count rows in the same order and cannot deadlock on them. Two transactions of
 * several statements each (a refresh's delete, update and create; a write MikroORM splits) can:
 * PostgreSQL aborts one (40P01) and the refresh retries its batch (decision 035). Each branch of
 * the function names only the transition tables its own event has.
 */
export class Migration20261206040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_count" ("star_level" integer not null, "product_group" text not null,
        "origin_district" text not null, "listed" integer not null,
        constraint "catalogue_count_pkey" primary key ("star_level", "product_group", "origin_district"));`,
    )
    this.addSql(`CREATE OR REPLACE FUNCTION "catalogue_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${applyDelta(side("catalogue_new", 1))}
  ELSIF TG_OP = 'UPDATE' THEN
    ${applyDelta(`${side("catalogue_new", 1)} UNION ALL ${side("catalogue_old", -1)}`)}
  ELSIF TG_OP = 'DELETE' THEN
    ${applyDelta(side("catalogue_old", -1))}
  ELSE
    DELETE FROM "catalogue_count";
  END IF;
  RETURN NULL;
END $$;`)
    for (const event of ["insert", "update", "delete", "truncate"])
      this.addSql(`DROP TRIGGER IF EXISTS "catalogue_count_on_${event}" ON "catalogue_entry";`)
    this.addSql(`CREATE TRIGGER "catalogue_count_on_insert" AFTER INSERT ON "catalogue_entry"
      REFERENCING NEW TABLE AS "catalogue_new" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_count_apply"();`)
    this.addSql(`CREATE TRIGGER "catalogue_count_on_update" AFTER UPDATE ON "catalogue_entry"
      REFERENCING OLD TABLE AS "catalogue_old" NEW TABLE AS "catalogue_new"
      FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_count_apply"();`)
    this.addSql(`CREATE TRIGGER "catalogue_count_on_delete" AFTER DELETE ON "catalogue_entry"
      REFERENCING OLD TABLE AS "catalogue_old" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_count_apply"();`)
    this.addSql(`CREATE TRIGGER "catalogue_count_on_truncate" AFTER TRUNCATE ON "catalogue_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_count_apply"();`)
    // The triggers' lock on catalogue_entry is held until this migration commits, so no write
    // falls between the count below and the first trigger.
    this.addSql(`DELETE FROM "catalogue_count";`)
    this.addSql(`INSERT INTO "catalogue_count" ("star_level", "product_group", "origin_district", "listed")
      SELECT s, g, d, count(*) FROM (${side("catalogue_entry", 1)}) AS listed GROUP BY s, g, d;`)
  }

  override async down(): Promise<void> {
    for (const event of ["insert", "update", "delete", "truncate"])
      this.addSql(`DROP TRIGGER IF EXISTS "catalogue_count_on_${event}" ON "catalogue_entry";`)
    this.addSql(`DROP FUNCTION IF EXISTS "catalogue_count_apply"();`)
    this.addSql(`drop table if exists "catalogue_count";`)
  }
}
