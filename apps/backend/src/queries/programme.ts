import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { dateOnly, type ProgrammeActuals } from "@ocop/domain"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../links/producer-product"

/** Certificate dates are calendar days stored as UTC midnight (decision 001): a year is [1 Jan, 1 Jan next). */
const yearBounds = (year: number) => ({ start: dateOnly(year, 1, 1), end: dateOnly(year + 1, 1, 1) })

/**
 * Products certified in the year, by star level (decision 030): each product once, at the highest
 * level it was granted that year; a product that already held that level or higher from an earlier
 * year's decision is a renewal, not one more certified product, and is left out.
 */
async function certifiedByStar(knex: Knex, year: number): Promise<Record<3 | 4 | 5, number>> {
  const { start, end } = yearBounds(year)
  const rows = (await knex
    .with("granted", (q) =>
      q
        .from("certification")
        .whereNull("deleted_at")
        .where("decision_date", ">=", start)
        .where("decision_date", "<", end)
        .groupBy("product_id")
        .select("product_id", knex.raw("max(star_level) AS star_level")),
    )
    .from({ g: "granted" })
    .whereNotExists((q) =>
      q
        .from({ e: "certification" })
        .whereRaw("e.product_id = g.product_id")
        .whereNull("e.deleted_at")
        .where("e.decision_date", "<", start)
        .whereRaw("e.star_level >= g.star_level"),
    )
    .groupBy("g.star_level")
    .select("g.star_level", knex.raw("count(*)::int AS n"))) as { star_level: number; n: number }[]
  const of = (stars: number) => rows.find((r) => Number(r.star_level) === stars)?.n ?? 0
  return { 3: of(3), 4: of(4), 5: of(5) }
}

/**
 * Economic organisations new to OCOP in the year: cooperatives, cooperative groups and companies
 * (not household businesses, which the plan does not count as organisations) whose first
 * certificate was decided that year.
 */
async function newOrganisations(knex: Knex, year: number): Promise<number> {
  const { start, end } = yearBounds(year)
  const [row] = (await knex
    .with("firsts", (q) =>
      q
        .from({ c: "certification" })
        .join({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) =>
          on.on("l.product_id", "c.product_id").andOnNull("l.deleted_at"),
        )
        .join({ p: "producer" }, "p.id", "l.producer_id")
        .whereNull("c.deleted_at")
        .whereNull("p.deleted_at")
        .whereNot("p.kind", "household")
        .groupBy("l.producer_id")
        .select("l.producer_id", knex.raw("min(c.decision_date) AS first_decision")),
    )
    .from("firsts")
    .where("first_decision", ">=", start)
    .where("first_decision", "<", end)
    .select(knex.raw("count(*)::int AS n"))) as { n: number }[]
  return row?.n ?? 0
}

/**
 * Resolution 26/2020 support paid in the year: the support payments recorded with producer payouts
 * (decision 034), by the Vietnam day they were paid (stored as UTC midnight, like certificate dates).
 */
async function supportPaid(knex: Knex, year: number): Promise<number> {
  const { start, end } = yearBounds(year)
  const [row] = (await knex
    .from("support_payment")
    .whereNull("deleted_at")
    .where("paid_on", ">=", start)
    .where("paid_on", "<", end)
    .select(knex.raw("coalesce(sum(amount), 0)::bigint AS total"))) as { total: string | number }[]
  return Number(row?.total ?? 0)
}

/** What the register and the payouts show for a year, counted in SQL. */
export async function programmeActuals(knex: Knex, year: number): Promise<ProgrammeActuals> {
  const [stars, organisations, support] = await Promise.all([
    certifiedByStar(knex, year),
    newOrganisations(knex, year),
    supportPaid(knex, year),
  ])
  return {
    certified_3_star: stars[3],
    certified_4_star: stars[4],
    certified_5_star: stars[5],
    new_organisations: organisations,
    support_vnd: support,
  }
}
