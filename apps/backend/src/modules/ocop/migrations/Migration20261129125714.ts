import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129125714 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_profile" drop constraint if exists "product_profile_product_id_unique";`,
    )
    this.addSql(
      `alter table if exists "certification" drop constraint if exists "certification_certificate_number_unique";`,
    )
    this.addSql(
      `alter table if exists "catalogue_entry" drop constraint if exists "catalogue_entry_product_id_unique";`,
    )
    this.addSql(
      `create table if not exists "catalogue_entry" ("id" text not null, "product_id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "subtitle" text null, "thumbnail" text null, "search_text" text not null, "product_group" text check ("product_group" in ('food', 'beverage', 'herbal', 'textile', 'souvenir', 'tourism')) not null, "origin_district" text check ("origin_district" in ('lao-cai-city', 'sa-pa', 'bat-xat', 'muong-khuong', 'si-ma-cai', 'bac-ha', 'bao-thang', 'bao-yen', 'van-ban')) not null, "producer_id" text not null, "producer_handle" text not null, "producer_active" boolean not null, "certification_id" text null, "star_level" integer null, "is_certified" boolean not null, "min_price" numeric null, "published" boolean not null, "is_listed" boolean not null, "product_created_at" timestamptz not null, "raw_min_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalogue_entry_product_id_unique" ON "catalogue_entry" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_handle" ON "catalogue_entry" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_deleted_at" ON "catalogue_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_product_group" ON "catalogue_entry" ("is_listed", "product_group") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_origin_district" ON "catalogue_entry" ("is_listed", "origin_district") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_producer_handle" ON "catalogue_entry" ("is_listed", "producer_handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_star_level" ON "catalogue_entry" ("is_listed", "star_level") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_min_price" ON "catalogue_entry" ("is_listed", "min_price") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_is_listed_product_created_at" ON "catalogue_entry" ("is_listed", "product_created_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "certification" ("id" text not null, "product_id" text not null, "certificate_number" text not null, "star_level" integer not null, "score" real not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_level" text check ("issuing_level" in ('provincial', 'national')) not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "status" text check ("status" in ('valid', 'expired', 'revoked')) not null default 'valid', "revoked_at" timestamptz null, "revocation_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certification_product_id" ON "certification" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certification_certificate_number_unique" ON "certification" ("certificate_number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certification_deleted_at" ON "certification" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certification_status_valid_until" ON "certification" ("status", "valid_until") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "inspection" ("id" text not null, "inspected_at" timestamptz not null, "inspector" text not null, "result" text check ("result" in ('passed', 'failed')) not null, "notes" text null, "certification_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inspection_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_certification_id" ON "inspection" ("certification_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inspection_deleted_at" ON "inspection" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "product_profile" ("id" text not null, "product_id" text not null, "product_group" text check ("product_group" in ('food', 'beverage', 'herbal', 'textile', 'souvenir', 'tourism')) not null, "origin_district" text check ("origin_district" in ('lao-cai-city', 'sa-pa', 'bat-xat', 'muong-khuong', 'si-ma-cai', 'bac-ha', 'bao-thang', 'bao-yen', 'van-ban')) not null, "title_en" text null, "description_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_profile_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_profile_product_id_unique" ON "product_profile" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_profile_deleted_at" ON "product_profile" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    // Diacritic-free search: a trigram index serves LIKE on the folded search_text. pg_trgm is a
    // trusted extension (PostgreSQL 13+), but a managed database may still refuse it; search then
    // falls back to a sequential scan of the catalogue, which stays correct, only slower.
    this.addSql(
      `DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN RAISE NOTICE 'pg_trgm unavailable; catalogue search will not use an index'; END $$;`,
    )
    this.addSql(
      `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN CREATE INDEX IF NOT EXISTS "IDX_catalogue_entry_search_text_trgm" ON "catalogue_entry" USING gin ("search_text" gin_trgm_ops) WHERE deleted_at IS NULL; END IF; END $$;`,
    )

    this.addSql(
      `alter table if exists "inspection" add constraint "inspection_certification_id_foreign" foreign key ("certification_id") references "certification" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "inspection" drop constraint if exists "inspection_certification_id_foreign";`)

    this.addSql(`drop index if exists "IDX_catalogue_entry_search_text_trgm";`)
    this.addSql(`drop table if exists "catalogue_entry" cascade;`)

    this.addSql(`drop table if exists "certification" cascade;`)

    this.addSql(`drop table if exists "inspection" cascade;`)

    this.addSql(`drop table if exists "product_profile" cascade;`)
  }
}
