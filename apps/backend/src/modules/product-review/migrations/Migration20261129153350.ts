import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129153350 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_review" ("id" text not null, "product_id" text not null, "producer_id" text not null, "kind" text check ("kind" in ('create', 'update')) not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "changes" jsonb not null, "comment" text null, "submitted_by" text not null, "submitted_at" timestamptz not null, "reviewed_by" text null, "reviewed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_deleted_at" ON "product_review" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_one_pending" ON "product_review" ("product_id") WHERE status = 'pending' AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_product_id_submitted_at" ON "product_review" ("product_id", "submitted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_status_submitted_at" ON "product_review" ("status", "submitted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_producer_id_status" ON "product_review" ("producer_id", "status") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_review" cascade;`)
  }
}
