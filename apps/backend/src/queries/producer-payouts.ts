import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { supportDue, type ConsignmentLine, type SupportLine } from "@ocop/domain"
import { PRODUCER_PRODUCT_LINK_TABLE } from "../links/producer-product"
import { syncSaleLines } from "./sale-lines"
import { refundFacts, saleFacts, type ReportRange } from "./sales-report"

/**
 * The producer's goods sold on consignment in the range: counter and booth sales (orders in a place
 * of sale's channel, decisions 024 and 028), less what came back to a counter — the same lines and
 * whole-đồng amounts as the sales report (decision 029), grouped by product. The province owes the
 * full value (decision 034). Online sales are the shop's own and are not in a payout.
 */
export async function consignmentLines(knex: Knex, producerId: string, range: ReportRange): Promise<ConsignmentLine[]> {
  await syncSaleLines(knex)
  const facts = saleFacts(knex, range).unionAll(refundFacts(knex, range), true)
  const rows = (await knex
    .with("fact", facts)
    .from({ f: "fact" })
    .join({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) => on.on("l.product_id", "f.product_id").andOnNull("l.deleted_at"))
    .join({ pos: "point_of_sale" }, (on) =>
      on.on("pos.sales_channel_id", "f.sales_channel_id").andOnNull("pos.deleted_at"),
    )
    .leftJoin({ p: "product" }, "p.id", "f.product_id")
    .where("l.producer_id", producerId)
    .where("f.currency_code", "vnd")
    .groupBy("f.product_id")
    .select(
      "f.product_id",
      knex.raw("max(p.title) AS title"),
      // a sale has its order; a return has none (decision 029)
      knex.raw("coalesce(sum(f.units) FILTER (WHERE f.order_id IS NOT NULL), 0) AS units_sold"),
      knex.raw("coalesce(sum(f.amount) FILTER (WHERE f.order_id IS NOT NULL), 0) AS sold"),
      knex.raw("coalesce(-sum(f.units) FILTER (WHERE f.order_id IS NULL), 0) AS units_returned"),
      knex.raw("coalesce(-sum(f.amount) FILTER (WHERE f.order_id IS NULL), 0) AS returned"),
    )) as Record<string, string | number | null>[]
  return rows
    .map((r) => {
      const sold = Number(r.sold)
      const returned = Number(r.returned)
      return {
        product_id: String(r.product_id),
        title: String(r.title ?? ""),
        units_sold: Number(r.units_sold),
        sold,
        units_returned: Number(r.units_returned),
        returned,
        owed: sold - returned,
      }
    })
    .sort((a, b) => a.title.localeCompare(b.title, "vi"))
}

/**
 * The support of the producer's certificates decided in the range (Resolution 26/2020/NQ-HĐND,
 * docs/domain.md §7): due by star level, paid when a `support_payment` is recorded (whenever it
 * was). A certificate revoked before it was paid is owed nothing.
 */
export async function supportLines(knex: Knex, producerId: string, range: ReportRange): Promise<SupportLine[]> {
  const rows = (await knex({ c: "certification" })
    .join({ l: PRODUCER_PRODUCT_LINK_TABLE }, (on) => on.on("l.product_id", "c.product_id").andOnNull("l.deleted_at"))
    .leftJoin({ p: "product" }, "p.id", "c.product_id")
    .leftJoin({ sp: "support_payment" }, (on) => on.on("sp.certification_id", "c.id").andOnNull("sp.deleted_at"))
    .whereNull("c.deleted_at")
    .where("l.producer_id", producerId)
    .where("c.decision_date", ">=", range.start)
    .where("c.decision_date", "<", range.end)
    .where((q) => q.whereNull("c.revoked_at").orWhereNotNull("sp.id"))
    .orderBy([{ column: "c.decision_date" }, { column: "c.certificate_number" }])
    .select(
      "c.id",
      "c.certificate_number",
      "c.product_id",
      "p.title",
      "c.star_level",
      "c.decision_date",
      "sp.amount",
      "sp.paid_on",
      "sp.reference",
    )) as Record<string, any>[]
  const day = (d: Date | string) => new Date(new Date(d).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  return rows.map((r) => ({
    certification_id: r.id,
    certificate_number: r.certificate_number,
    product_id: r.product_id,
    title: r.title ?? "",
    star_level: Number(r.star_level),
    decision_date: day(r.decision_date),
    due: supportDue(Number(r.star_level)),
    paid: r.amount == null ? 0 : Number(r.amount),
    paid_on: r.paid_on ? day(r.paid_on) : null,
    reference: r.reference ?? null,
  }))
}
