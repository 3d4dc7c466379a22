import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_TRANSITIONS, eventDays, eventTiming, type EventStatus } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { EventRow } from "../../../workflows/event/load"
import { responsibleOf } from "../../../workflows/event/responsible"
import { boothStockOf } from "./booth-stock"

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** The event's own fields, its days as people picked them and where it stands now. */
export function eventSummary(event: EventRow, now = new Date()) {
  const status = event.status as EventStatus
  return {
    id: event.id,
    handle: event.handle,
    name: event.name,
    name_en: event.name_en,
    kind: event.kind,
    status,
    province: event.province,
    address: event.address,
    starts_at: event.starts_at,
    ends_at: event.ends_at,
    ...eventDays(event),
    timing: eventTiming({ ...event, status }, now),
    organiser: event.organiser,
    responsible_user_id: event.responsible_user_id,
    revenue_target: Number(event.revenue_target),
    description: event.description,
    point_of_sale_id: event.point_of_sale_id,
    stock_location_id: event.stock_location_id,
    sales_channel_id: event.sales_channel_id,
    closed_at: event.closed_at,
    sample_data: Boolean((event.metadata as Record<string, unknown> | null)?.sample_data),
    read_only: status === "closed",
    next_statuses: EVENT_TRANSITIONS[status],
    created_at: event.created_at,
    updated_at: event.updated_at,
  }
}

/** Budget lines with what was spent on each, and the totals. */
export function eventBudget(event: EventRow) {
  const lines = (event.budget_lines ?? []).map((line) => {
    const spendings = (line.spendings ?? []).map((s) => ({
      id: s.id,
      amount: Number(s.amount),
      spent_on: s.spent_on,
      note: s.note,
      recorded_by: s.recorded_by,
      created_at: s.created_at,
    }))
    return {
      id: line.id,
      kind: line.kind,
      label: line.label,
      amount: Number(line.amount),
      spent: sum(spendings.map((s) => s.amount)),
      spendings,
    }
  })
  return {
    budget_lines: lines,
    budget_total: sum(lines.map((l) => l.amount)),
    spent_total: sum(lines.map((l) => l.spent)),
  }
}

/** A lead with its producer's and products' names. */
export function leadView(lead: EventRow["leads"][number], names: ParticipantNames) {
  const productIds = (lead.product_ids ?? []) as unknown as string[]
  return {
    id: lead.id,
    company: lead.company,
    contact_name: lead.contact_name,
    phone: lead.phone,
    email: lead.email,
    producer_id: lead.producer_id,
    producer_name: names.producers.get(lead.producer_id)?.name ?? null,
    products: productIds.map((id) => ({ product_id: id, title: names.products.get(id)?.title ?? null })),
    volume: lead.volume,
    status: lead.status,
    note: lead.note,
    created_at: lead.created_at,
    updated_at: lead.updated_at,
  }
}

/** Participants in booth order (those without a booth last), then by when they were invited. */
export function byBooth<T extends { booth_number: string | null; created_at?: Date | string }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      (a.booth_number ?? "\uffff").localeCompare(b.booth_number ?? "\uffff", "vi", { numeric: true }) ||
      new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime(),
  )
}

/** Names of the producers and products an event's participants bring, for the answers people read. */
export async function participantNames(container: MedusaContainer, events: EventRow[]) {
  const participants = events.flatMap((e) => e.participants ?? [])
  const producerIds = [
    ...new Set([
      ...participants.map((p) => p.producer_id),
      ...events.flatMap((e) => (e.leads ?? []).map((l) => l.producer_id)),
    ]),
  ]
  const leadProducts = events.flatMap((e) =>
    (e.leads ?? []).flatMap((l) => (l.product_ids ?? []) as unknown as string[]),
  )
  const productIds = [
    ...new Set([...participants.flatMap((p) => (p.products ?? []).map((x) => x.product_id)), ...leadProducts]),
  ]
  const producers = producerIds.length
    ? await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducers({ id: producerIds }, { select: ["id", "name", "handle"] })
    : []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = productIds.length
    ? ((
        await query.graph({
          entity: "product",
          fields: ["id", "title", "handle", "thumbnail", "status"],
          filters: { id: productIds },
        })
      ).data as { id: string; title: string; handle: string; thumbnail: string | null; status: string }[])
    : []
  return {
    producers: new Map(producers.map((p) => [p.id, p])),
    products: new Map(products.map((p) => [p.id, p])),
  }
}

export type ParticipantNames = Awaited<ReturnType<typeof participantNames>>

/** A participant with its producer's and products' names. */
export function participantView(participant: EventRow["participants"][number], names: ParticipantNames) {
  const producer = names.producers.get(participant.producer_id)
  return {
    id: participant.id,
    producer_id: participant.producer_id,
    producer_name: producer?.name ?? null,
    producer_handle: producer?.handle ?? null,
    status: participant.status,
    booth_number: participant.booth_number,
    answered_at: participant.answered_at,
    products: (participant.products ?? []).map((p) => ({
      product_id: p.product_id,
      title: names.products.get(p.product_id)?.title ?? null,
      handle: names.products.get(p.product_id)?.handle ?? null,
      units: p.units,
    })),
  }
}

/** The event's prices: each variant of its price list with its product's title and amount in đồng. */
export async function eventPrices(container: MedusaContainer, priceListId: string | null) {
  if (!priceListId) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT pvps.variant_id, p.id AS product_id, p.title AS product_title, p.handle AS product_handle,
            v.title AS variant_title, pr.amount
       FROM price pr
       JOIN product_variant_price_set pvps ON pvps.price_set_id = pr.price_set_id AND pvps.deleted_at IS NULL
       JOIN product_variant v ON v.id = pvps.variant_id AND v.deleted_at IS NULL
       JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
      WHERE pr.price_list_id = ? AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd'
      ORDER BY p.title, v.title`,
    [priceListId],
  )
  return (
    rows as {
      variant_id: string
      product_id: string
      product_title: string
      product_handle: string
      variant_title: string | null
      amount: string
    }[]
  ).map((r) => ({ ...r, amount: Math.round(Number(r.amount)) }))
}

/** The whole event for the console. */
export async function eventView(container: MedusaContainer, event: EventRow) {
  const names = await participantNames(container, [event])
  return {
    ...eventSummary(event),
    responsible: await responsibleOf(container, event.responsible_user_id),
    ...eventBudget(event),
    leads: (event.leads ?? []).map((l) => leadView(l, names)),
    prices_online: event.prices_online,
    prices: await eventPrices(container, event.price_list_id as string | null),
    participants: byBooth(event.participants ?? []).map((p) => participantView(p, names)),
    booth_stock: await boothStockOf(container, event.id),
  }
}
