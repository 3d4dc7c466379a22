import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "@ocop/domain"
import { SAMPLE_SALES_SET } from "../seed-data/sample-sales"
import { reportCounts, type SeedContext } from "./context"

/** The seed's fulfilment provider, as the places use it. */
const FULFILLMENT_PROVIDER = "manual_manual"
const DAY_MS = 86_400_000

type OrderRow = { id: string; version: number; created_at: Date; currency_code: string; total: string }
type ItemRow = { order_id: string; line_item_id: string; title: string; sku: string | null; quantity: string }

/** Medusa's big-number columns keep a raw JSON twin. */
const raw = (value: number | string) => ({ value: String(value), precision: 20 })

/**
 * The sample history's online orders as a finished sale looks in Medusa: paid cash on delivery
 * (collection, session, payment and capture, the order's transaction and summary) and delivered
 * from the warehouse (fulfilment of every line, the lines' quantities) two days after they were
 * placed, never later than now. Without them the order list would show a year of completed orders
 * as unpaid and undelivered for ever (decision 031). Written in a few statements rather than one
 * workflow per order, which would cost seconds per order on every `npm run dev` of a new database.
 * Only orders without a payment collection are settled, so a rerun — or a database seeded before
 * this step existed — settles what is left and nothing twice.
 */
export async function ensureSampleOrdersSettled(
  ctx: SeedContext,
  ids: { onlineChannelId: string; locationId: string },
): Promise<void> {
  const knex = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: orders } = (await knex.raw(
    `SELECT o.id, o.version, o.created_at, o.currency_code, s.totals->>'current_order_total' AS total
     FROM "order" o
     JOIN LATERAL (SELECT totals FROM order_summary WHERE order_id = o.id AND deleted_at IS NULL
                   ORDER BY version DESC LIMIT 1) s ON true
     WHERE o.metadata->>'sample_set' = ? AND o.sales_channel_id = ? AND o.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM order_payment_collection opc WHERE opc.order_id = o.id AND opc.deleted_at IS NULL)`,
    [SAMPLE_SALES_SET, ids.onlineChannelId],
  )) as { rows: OrderRow[] }
  const { rows: present } = await knex.raw(
    `SELECT count(*)::int AS n FROM "order" o WHERE o.metadata->>'sample_set' = ? AND o.sales_channel_id = ?`,
    [SAMPLE_SALES_SET, ids.onlineChannelId],
  )
  if (orders.length === 0) return reportCounts(ctx, "sample online orders paid and delivered", 0, present[0].n)

  const { rows: items } = (await knex.raw(
    `SELECT oi.order_id, li.id AS line_item_id, li.title, li.variant_sku AS sku, oi.quantity
     FROM order_item oi
     JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version
     JOIN order_line_item li ON li.id = oi.item_id
     WHERE oi.order_id = ANY(?) AND oi.deleted_at IS NULL`,
    [orders.map((o) => o.id)],
  )) as { rows: ItemRow[] }

  const now = Date.now()
  const rows = {
    payment_collection: [] as object[],
    payment_session: [] as object[],
    payment: [] as object[],
    capture: [] as object[],
    order_payment_collection: [] as object[],
    order_transaction: [] as object[],
    fulfillment: [] as object[],
    fulfillment_item: [] as object[],
    order_fulfillment: [] as object[],
  }
  const fulfilmentOf = new Map<string, string>()
  for (const o of orders) {
    const placed = new Date(o.created_at)
    const shipped = new Date(Math.min(placed.getTime() + DAY_MS, now))
    const delivered = new Date(Math.min(placed.getTime() + 2 * DAY_MS, now))
    const total = Number(o.total)
    const money = { currency_code: o.currency_code, amount: total, raw_amount: raw(total) }
    const [collection, session, payment, capture, fulfillment] = [
      generateEntityId(undefined, "pay_col"),
      generateEntityId(undefined, "payses"),
      generateEntityId(undefined, "pay"),
      generateEntityId(undefined, "capt"),
      generateEntityId(undefined, "ful"),
    ]
    const stamps = (at: Date) => ({ created_at: at, updated_at: at })
    rows.payment_collection.push({
      id: collection,
      ...money,
      authorized_amount: total,
      raw_authorized_amount: raw(total),
      captured_amount: total,
      raw_captured_amount: raw(total),
      status: "completed",
      completed_at: delivered,
      ...stamps(placed),
    })
    rows.payment_session.push({
      id: session,
      ...money,
      provider_id: PAYMENT_PROVIDER_IDS.cod,
      data: {},
      status: "authorized",
      authorized_at: placed,
      payment_collection_id: collection,
      ...stamps(placed),
    })
    rows.payment.push({
      id: payment,
      amount: total,
      raw_amount: raw(total),
      currency_code: o.currency_code,
      provider_id: PAYMENT_PROVIDER_IDS.cod,
      data: {},
      captured_at: delivered,
      payment_collection_id: collection,
      payment_session_id: session,
      ...stamps(placed),
    })
    rows.capture.push({ id: capture, amount: total, raw_amount: raw(total), payment_id: payment, ...stamps(delivered) })
    rows.order_payment_collection.push({
      id: generateEntityId(undefined, "ordpay"),
      order_id: o.id,
      payment_collection_id: collection,
      ...stamps(placed),
    })
    rows.order_transaction.push({
      id: generateEntityId(undefined, "ordtrx"),
      order_id: o.id,
      version: o.version,
      ...money,
      reference: "capture",
      reference_id: capture,
      ...stamps(delivered),
    })
    rows.fulfillment.push({
      id: fulfillment,
      location_id: ids.locationId,
      provider_id: FULFILLMENT_PROVIDER,
      data: {},
      packed_at: shipped,
      shipped_at: shipped,
      delivered_at: delivered,
      requires_shipping: true,
      metadata: { sample: true, sample_set: SAMPLE_SALES_SET },
      ...stamps(shipped),
    })
    rows.order_fulfillment.push({
      id: generateEntityId(undefined, "ordful"),
      order_id: o.id,
      fulfillment_id: fulfillment,
      ...stamps(shipped),
    })
    fulfilmentOf.set(o.id, fulfillment)
  }
  for (const item of items) {
    rows.fulfillment_item.push({
      id: generateEntityId(undefined, "fulit"),
      title: item.title,
      sku: item.sku ?? "",
      barcode: "",
      quantity: Number(item.quantity),
      raw_quantity: raw(item.quantity),
      line_item_id: item.line_item_id,
      fulfillment_id: fulfilmentOf.get(item.order_id)!,
    })
  }

  const orderIds = orders.map((o) => o.id)
  await knex.transaction(async (trx) => {
    for (const [table, list] of Object.entries(rows)) await trx.batchInsert(table, list, 500)
    // Every line fulfilled, shipped and delivered in full, as registering the delivery would leave it.
    await trx.raw(
      `UPDATE order_item oi SET
         fulfilled_quantity = oi.quantity, raw_fulfilled_quantity = oi.raw_quantity,
         shipped_quantity = oi.quantity, raw_shipped_quantity = oi.raw_quantity,
         delivered_quantity = oi.quantity, raw_delivered_quantity = oi.raw_quantity
       FROM "order" o WHERE o.id = oi.order_id AND o.version = oi.version AND oi.order_id = ANY(?)`,
      [orderIds],
    )
    // The summary as Medusa keeps it once the capture's transaction is recorded: all paid, nothing pending.
    await trx.raw(
      `UPDATE order_summary s SET totals = s.totals || jsonb_build_object(
         'paid_total', t.total, 'raw_paid_total', jsonb_build_object('value', t.total::text, 'precision', 20),
         'transaction_total', t.total, 'raw_transaction_total', jsonb_build_object('value', t.total::text, 'precision', 20),
         'pending_difference', 0, 'raw_pending_difference', jsonb_build_object('value', '0', 'precision', 20))
       FROM (SELECT id, (SELECT (totals->>'current_order_total')::numeric FROM order_summary
                         WHERE order_id = o.id AND deleted_at IS NULL ORDER BY version DESC LIMIT 1) AS total
             FROM "order" o WHERE o.id = ANY(?)) t
       WHERE s.order_id = t.id AND s.deleted_at IS NULL`,
      [orderIds],
    )
  })
  reportCounts(ctx, "sample online orders paid and delivered", orders.length, present[0].n - orders.length)
}
