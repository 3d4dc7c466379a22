import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129153043 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_user" drop constraint if exists "producer_user_email_unique";`)
    this.addSql(
      `create table if not exists "producer_user" ("id" text not null, "email" text not null, "name" text not null, "status" text check ("status" in ('invited', 'active', 'disabled')) not null default 'invited', "invite_token_hash" text null, "invite_expires_at" timestamptz null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_user_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_user_email_unique" ON "producer_user" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_user_producer_id" ON "producer_user" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_user_deleted_at" ON "producer_user" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_user_invite_token_hash" ON "producer_user" ("invite_token_hash") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "producer_user" add constraint "producer_user_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_user" cascade;`)
  }
}
