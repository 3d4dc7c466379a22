import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205213443 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "programme_target" drop constraint if exists "programme_target_year_unique";`)
    this.addSql(
      `create table if not exists "programme_target" ("id" text not null, "year" integer not null, "certified_3_star" integer not null, "certified_4_star" integer not null, "certified_5_star" integer not null, "new_organisations" integer not null, "support_vnd" numeric not null, "updated_by" text null, "raw_support_vnd" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "programme_target_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_programme_target_year_unique" ON "programme_target" ("year") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_programme_target_deleted_at" ON "programme_target" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    // The 2021 plan's targets (docs/domain.md §7) are the province's, not demo data: every database
    // starts with them (decision 030); the office edits them and adds the other years.
    this.addSql(
      `insert into "programme_target" ("id", "year", "certified_3_star", "certified_4_star", "certified_5_star", "new_organisations", "support_vnd", "raw_support_vnd") values ('oprog_plan_2021', 2021, 25, 5, 0, 7, 525000000, '{"value":"525000000","precision":20}') on conflict do nothing;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "programme_target" cascade;`)
  }
}
