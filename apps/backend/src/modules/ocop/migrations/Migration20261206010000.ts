import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Star level, group and district, each leading once, each followed by the other two. */
const LISTED_DIMENSIONS = [
  ["IDX_catalogue_entry_listed_stars_group_district", `"star_level", "product_group", "origin_district"`],
  ["IDX_catalogue_entry_listed_group_district_stars", `"product_group", "origin_district", "star_level"`],
  ["IDX_catalogue_entry_listed_district_stars_group", `"origin_district", "star_level", "product_group"`],
] as const

/**
 * Indexes that match the store catalogue's queries (issue 17, decision 032), all partial on the
 * listed rows every store query reads:
 *
 * - star level, group and district in the three rotations: any two of those filters are the
 *   leading columns of one of them, so a filtered count or facet is a short index-only range, and
 *   each facet's GROUP BY reads an index sorted by its own column (with a single index of the three
 *   the planner hashed every listed row for the group and district facets, 3–7× slower);
 * - the exact keys of the "stars" and "price, highest first" sorts (DESC NULLS LAST, then newest,
 *   then id), which otherwise sorted every listed row;
 * - the words of search_text as a tsvector (GIN), which a prefix tsquery serves exactly as "some
 *   word starts with the token"; it replaces the trigram index, whose candidates for a word-start
 *   LIKE had to be re-read from the heap. Words are cut at 200 characters, because a tsvector refuses
 *   a word over 2047 bytes; a search token has at most 100 (the q limit), so matches are unchanged.
 *   The expression must stay identical to SEARCH_WORDS_SQL in catalogue-search.ts.
 */
export class Migration20261206010000 extends Migration {
  override async up(): Promise<void> {
    for (const [name, columns] of LISTED_DIMENSIONS) {
      this.addSql(
        `CREATE INDEX IF NOT EXISTS "${name}" ON "catalogue_entry" (${columns}) WHERE is_listed AND deleted_at IS NULL;`,
      )
    }
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_listed_by_stars" ON "catalogue_entry" ("star_level" DESC NULLS LAST, "product_created_at" DESC, "id") WHERE is_listed AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_listed_by_price_desc" ON "catalogue_entry" ("min_price" DESC NULLS LAST, "product_created_at" DESC, "id") WHERE is_listed AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_listed_by_price_usd_desc" ON "catalogue_entry" ("min_price_usd" DESC NULLS LAST, "product_created_at" DESC, "id") WHERE is_listed AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_search_words" ON "catalogue_entry" USING gin ((array_to_tsvector(array_remove(string_to_array(regexp_replace("search_text", '([^ ]{200})[^ ]+', '\\1', 'g'), ' '), '')))) WHERE deleted_at IS NULL;`,
    )
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalogue_entry_search_text_trgm";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_search_text_trgm" ON "catalogue_entry" USING gin ("search_text" gin_trgm_ops) WHERE deleted_at IS NULL; END IF; END $$;`,
    )
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalogue_entry_search_words";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalogue_entry_listed_by_price_usd_desc";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalogue_entry_listed_by_price_desc";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_catalogue_entry_listed_by_stars";`)
    for (const [name] of LISTED_DIMENSIONS) this.addSql(`DROP INDEX IF EXISTS "${name}";`)
  }
}
