import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129125713 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`)
    this.addSql(
      `create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('cooperative', 'cooperative_group', 'joint_stock_company', 'limited_company', 'household')) not null, "registration_number" text not null, "district" text check ("district" in ('lao-cai-city', 'sa-pa', 'bat-xat', 'muong-khuong', 'si-ma-cai', 'bac-ha', 'bao-thang', 'bao-yen', 'van-ban')) not null, "commune" text not null, "address" text not null, "representative" text not null, "phone" text not null, "email" text null, "story_vi" text null, "story_en" text null, "logo_url" text null, "photos" jsonb not null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "search_text" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_district" ON "producer" ("district") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status" ON "producer" ("status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_kind" ON "producer" ("kind") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`)
  }
}
