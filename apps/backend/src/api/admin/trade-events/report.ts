import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { EventRow } from "../../../workflows/event/load"
import { boothSales, boothStock } from "../../../workflows/event/report"
import { eventBudget, eventSummary, participantNames } from "./serialize"

/**
 * The event report (decision 028): revenue and units by producer and product against the target,
 * spending by line against the budget, leads by producer, the booth's stock reconciliation.
 */
export async function eventReport(container: MedusaContainer, event: EventRow) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sales = event.point_of_sale_id ? await boothSales(knex, event.point_of_sale_id) : { orders: 0, lines: [] }
  const stock =
    event.point_of_sale_id && event.stock_location_id
      ? await boothStock(knex, event.id, event.point_of_sale_id, event.stock_location_id)
      : []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = sales.lines.map((l) => l.product_id)
  const { data: owners } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } })
    : { data: [] }
  const ownerOf = new Map(
    (owners as { id: string; producer?: { id: string } | null }[]).map((p) => [p.id, p.producer?.id ?? null]),
  )
  const names = await participantNames(container, [event])
  const byProduct = sales.lines.map((l) => {
    const producerId = ownerOf.get(l.product_id) ?? null
    return {
      ...l,
      producer_id: producerId,
      producer_name: producerId ? (names.producers.get(producerId)?.name ?? null) : null,
    }
  })
  const byProducer = new Map<
    string,
    { producer_id: string | null; producer_name: string | null; units: number; revenue: number }
  >()
  for (const line of byProduct) {
    const key = line.producer_id ?? "—"
    const row = byProducer.get(key) ?? {
      producer_id: line.producer_id,
      producer_name: line.producer_name,
      units: 0,
      revenue: 0,
    }
    row.units += line.units
    row.revenue += line.revenue
    byProducer.set(key, row)
  }
  const leads = new Map<string, { producer_id: string; producer_name: string | null; count: number }>()
  for (const lead of event.leads ?? []) {
    const row = leads.get(lead.producer_id) ?? {
      producer_id: lead.producer_id,
      producer_name: names.producers.get(lead.producer_id)?.name ?? null,
      count: 0,
    }
    row.count += 1
    leads.set(lead.producer_id, row)
  }
  const revenue = byProduct.reduce((sum, l) => sum + l.revenue, 0)
  const target = Number(event.revenue_target)
  return {
    event: eventSummary(event),
    revenue: {
      total: revenue,
      target,
      share_of_target: target > 0 ? revenue / target : null,
      orders: sales.orders,
    },
    by_product: byProduct,
    by_producer: [...byProducer.values()],
    budget: eventBudget(event),
    leads_by_producer: [...leads.values()],
    stock,
  }
}

/** The event report as every format (page, XLSX, PDF) is drawn from: computed once, here. */
export type EventReport = Awaited<ReturnType<typeof eventReport>>
