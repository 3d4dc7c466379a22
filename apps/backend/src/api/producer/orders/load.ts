import { pickupOptionsByPlace } from "../../../workflows/point-of-sale/pickup-options"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerOrder } from "@ocop/domain"
import { lineTotal } from "../../../queries/producer-lines"
import type { ProducerOrderRef } from "../queries/orders"

type Address = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
} | null

type OrderRecord = {
  id: string
  display_id: number
  created_at: Date | string
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  shipping_address?: Address
  shipping_methods?: ({ name: string; shipping_option_id: string | null } | null)[]
  items?: ({
    id: string
    product_id: string | null
    title: string
    product_title?: string | null
    variant_title: string | null
    quantity: number
    unit_price: number
    is_tax_inclusive?: boolean | null
    tax_lines?: ({ rate: number } | null)[] | null
    adjustments?: ({ amount: number; is_tax_inclusive?: boolean | null } | null)[]
    detail?: { fulfilled_quantity?: number } | null
  } | null)[]
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.country_code",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "items.id",
  "items.product_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.tax_lines.rate",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "items.detail.fulfilled_quantity",
  // payment_status and fulfillment_status are computed by the workflow from these
  "payment_collections.status",
  "fulfillments.id",
]

/** The showroom behind each pickup shipping option (decision 024). */
async function pickupPlaces(scope: MedusaContainer): Promise<Map<string, string>> {
  const places = new Map<string, string>()
  for (const { place, option_ids } of (await pickupOptionsByPlace(scope)).values()) {
    for (const id of option_ids) places.set(id, place.name)
  }
  return places
}

function addressText(a: Address): string | null {
  if (!a) return null
  const text = [
    a.address_1,
    a.address_2,
    a.city,
    a.province,
    a.country_code && a.country_code !== "vn" ? a.country_code.toUpperCase() : null,
  ]
    .filter((part) => part && String(part).trim())
    .join(", ")
  return text || null
}

/**
 * The orders of the refs as the producer sees them: only its own lines (the ids the SQL found),
 * where the goods go, and the order's payment and fulfilment state as Medusa computes them.
 */
export async function loadProducerOrders(scope: MedusaContainer, refs: ProducerOrderRef[]): Promise<ProducerOrder[]> {
  if (!refs.length) return []
  const [{ result }, places] = await Promise.all([
    getOrdersListWorkflow(scope).run({
      input: { fields: ORDER_FIELDS, variables: { filters: { id: refs.map((r) => r.id) } } },
    }),
    pickupPlaces(scope),
  ])
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as unknown as OrderRecord[]
  const byId = new Map(rows.map((o) => [o.id, o]))
  return refs.flatMap((ref) => {
    const order = byId.get(ref.id)
    return order ? [producerOrder(order, new Set(ref.line_ids), places)] : []
  })
}

function producerOrder(order: OrderRecord, lineIds: Set<string>, places: Map<string, string>): ProducerOrder {
  const items = (order.items ?? [])
    .filter((i): i is NonNullable<typeof i> => Boolean(i && lineIds.has(i.id)))
    .map((i) => ({
      id: i.id,
      product_id: i.product_id,
      title: i.product_title ?? i.title,
      variant_title: i.variant_title,
      quantity: Number(i.quantity),
      fulfilled_quantity: Number(i.detail?.fulfilled_quantity ?? 0),
      unit_price: Number(i.unit_price),
      // as the sales figures count it (the list workflow computes no totals)
      total: lineTotal(i),
    }))
  const method = order.shipping_methods?.find(Boolean) ?? null
  const pickupPlace = method?.shipping_option_id ? places.get(method.shipping_option_id) : undefined
  const total = items.reduce((sum, i) => sum + i.total, 0)
  const address = order.shipping_address ?? null
  return {
    id: order.id,
    display_id: Number(order.display_id),
    created_at: new Date(order.created_at).toISOString(),
    status: order.status,
    payment_status: order.payment_status,
    fulfillment_status: order.fulfillment_status,
    customer_name: [address?.first_name, address?.last_name].filter((p) => p && p.trim()).join(" ") || null,
    currency_code: order.currency_code,
    delivery: pickupPlace
      ? { kind: "pickup", place: pickupPlace, address: addressText(address) }
      : { kind: "ship", place: method?.name ?? null, address: addressText(address) },
    items,
    total,
    total_vnd: order.currency_code === "vnd" ? Math.round(total) : null,
  }
}
