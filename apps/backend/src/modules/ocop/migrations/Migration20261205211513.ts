import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205211513 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_print" ("id" text not null, "language" text check ("language" in ('vi', 'en')) not null, "file_key" text not null, "product_count" integer not null, "group_count" integer not null, "page_count" integer not null, "size" integer not null, "generated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_print_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_print_deleted_at" ON "catalogue_print" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_catalogue_print_language_created_at" ON "catalogue_print" ("language", "created_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_print" cascade;`)
  }
}
