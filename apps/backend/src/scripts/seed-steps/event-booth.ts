import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addDays,
  counterSaleInputSchema,
  toIsoDate,
  VND_DENOMINATIONS,
  vietnamDayRange,
  vietnamToday,
} from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../modules/point-of-sale/service"
import { recordBoothStockWorkflow } from "../../workflows/event/workflows/booth-stock"
import { vndRegionId } from "../../workflows/point-of-sale/region"
import { sellableAt } from "../../workflows/point-of-sale/sellable"
import { createCounterSaleWorkflow } from "../../workflows/point-of-sale/workflows/create-counter-sale"
import {
  closeRegisterSessionWorkflow,
  openRegisterSessionWorkflow,
} from "../../workflows/point-of-sale/workflows/register-sessions"
import {
  createStockTransferWorkflow,
  receiveStockTransferWorkflow,
  sendStockTransferWorkflow,
} from "../../workflows/point-of-sale/workflows/stock-transfers"
import type { DemoBooth } from "../seed-data/events"
import type { SeedContext } from "./context"

const SEED_ACTOR = "seed"
const NOTE = "Dữ liệu mẫu"

type BoothEvent = { id: string; handle: string; point_of_sale_id: string | null; stock_location_id: string | null }

/**
 * A past demo event's booth at work, through the same workflows as the console and the counter:
 * producers declare what they bring, the counter sells (cash, a register opened and closed), a
 * loss is recorded, the rest of one product goes back to the warehouse by transfer. Everything is
 * then dated on the event's days, counted from the seed day (decision 016), and noted as sample data.
 */
export async function seedBoothActivity(
  ctx: SeedContext,
  event: BoothEvent,
  booth: DemoBooth,
  fromDay: number,
  ids: { producers: Map<string, string>; products: Map<string, string> },
): Promise<void> {
  if (!event.point_of_sale_id || !event.stock_location_id) return
  const { container } = ctx
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const places = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const variantOf = new Map<string, string>()
  const productIds = [...new Set(booth.declared.flatMap(([, product]) => ids.products.get(product) ?? []))]
  const { rows } = await knex.raw(
    `SELECT DISTINCT ON (product_id) product_id, id FROM product_variant
      WHERE product_id = ANY(?) AND deleted_at IS NULL ORDER BY product_id, variant_rank NULLS LAST, created_at`,
    [productIds],
  )
  for (const r of rows as { product_id: string; id: string }[]) variantOf.set(r.product_id, r.id)
  const variant = (handle: string) => variantOf.get(ids.products.get(handle) ?? "")
  /** 10:00 on the event's n-th day, Vietnam time, plus `minutes`. */
  const at = (n: number, minutes = 0) =>
    new Date(
      vietnamDayRange(toIsoDate(addDays(vietnamToday(), fromDay + n))).start.getTime() + (3 * 60 + minutes) * 60_000,
    )
  const dated: { table: string; id: string; at: Date; columns: string[] }[] = []

  for (const [producer, product, units] of booth.declared) {
    const producerId = ids.producers.get(producer)
    const variantId = variant(product)
    if (!producerId || !variantId) continue
    const { result } = await recordBoothStockWorkflow(container).run({
      input: {
        event_id: event.id,
        kind: "declared",
        producer_id: producerId,
        lines: [{ variant_id: variantId, quantity: units }],
        reason: null,
        note: NOTE,
        actor_id: SEED_ACTOR,
      },
    })
    for (const id of result) dated.push({ table: "event_booth_stock", id, at: at(0, -60), columns: ["created_at"] })
  }

  const [place] = await places.listPointOfSales({ id: event.point_of_sale_id })
  const [register] = await places.listCashRegisters({ point_of_sale_id: event.point_of_sale_id })
  if (!place || !register) return
  const { result: session } = await openRegisterSessionWorkflow(container).run({
    input: {
      place_id: place.id,
      register_id: register.id,
      opening_float: 1_000_000,
      actor_id: SEED_ACTOR,
      locale: "vi",
    },
  })
  const regionId = await vndRegionId(container)
  for (const [i, sale] of booth.sales.entries()) {
    const lines = sale.lines.flatMap(([product, quantity]) => {
      const variantId = variant(product)
      return variantId ? [{ variant_id: variantId, quantity }] : []
    })
    if (!lines.length) continue
    const prices = await sellableAt(knex, event.stock_location_id, { variant_ids: lines.map((l) => l.variant_id) })
    const total = lines.reduce(
      (sum, l) => sum + (prices.find((p) => p.variant_id === l.variant_id)?.price ?? 0) * l.quantity,
      0,
    )
    const { result } = await createCounterSaleWorkflow(container).run({
      input: {
        place,
        session: session as unknown as { id: string; point_of_sale_id: string; status: string; register_id: string },
        values: counterSaleInputSchema.parse({
          idempotency_key: `seed-${event.handle}-${i}`,
          register_session_id: session.id,
          lines,
          payments: [{ method: "cash", amount: total, tendered: total }],
        }),
        region_id: regionId,
        clerk_id: SEED_ACTOR,
        locale: "vi",
      },
    })
    const when = at(sale.day, 30 + i * 17)
    dated.push({ table: "counter_sale", id: result.id, at: when, columns: ["created_at", "updated_at"] })
    if (result.order_id) {
      dated.push({ table: '"order"', id: result.order_id, at: when, columns: ["created_at", "updated_at"] })
      // Sample like the rest of the demo: the year of sample sales is written only beside sample orders.
      await knex.raw(
        `UPDATE "order" SET metadata = COALESCE(metadata, '{}'::jsonb) || '{"sample": true}'::jsonb WHERE id = ?`,
        [result.order_id],
      )
    }
  }

  const lastDay = Math.max(...booth.sales.map((s) => s.day), 0)
  for (const [product, quantity, reason] of booth.lost) {
    const variantId = variant(product)
    if (!variantId) continue
    const { result } = await recordBoothStockWorkflow(container).run({
      input: {
        event_id: event.id,
        kind: "lost",
        producer_id: null,
        lines: [{ variant_id: variantId, quantity }],
        reason,
        note: NOTE,
        actor_id: SEED_ACTOR,
      },
    })
    for (const id of result)
      dated.push({ table: "event_booth_stock", id, at: at(lastDay, 480), columns: ["created_at"] })
  }

  const expected = Number(
    (
      await knex.raw(
        `SELECT COALESCE(sum(amount), 0) AS cash FROM cash_movement WHERE session_id = ? AND deleted_at IS NULL`,
        [session.id],
      )
    ).rows[0].cash,
  )
  let left = expected
  const counted: Record<string, number> = {}
  for (const d of VND_DENOMINATIONS) {
    if (left >= d) counted[String(d)] = Math.floor(left / d)
    left -= (counted[String(d)] ?? 0) * d
  }
  await closeRegisterSessionWorkflow(container).run({
    input: {
      session_id: session.id,
      place_id: place.id,
      counted,
      note: NOTE,
      threshold: Number(place.cash_difference_threshold ?? 0),
      actor_id: SEED_ACTOR,
      locale: "vi",
    },
  })
  dated.push({ table: "register_session", id: session.id, at: at(0, -30), columns: ["opened_at", "created_at"] })
  dated.push({ table: "register_session", id: session.id, at: at(lastDay, 510), columns: ["closed_at"] })

  const back = booth.returned.flatMap(([product, quantity]) => {
    const variantId = variant(product)
    return variantId ? [{ variant_id: variantId, quantity }] : []
  })
  if (back.length) {
    const [warehouse] = (
      await knex.raw(`SELECT id FROM stock_location WHERE name = 'Kho Lào Cai' AND deleted_at IS NULL LIMIT 1`)
    ).rows as { id: string }[]
    if (warehouse) {
      const { result: draft } = await createStockTransferWorkflow(container).run({
        input: {
          from_location_id: event.stock_location_id,
          to_location_id: warehouse.id,
          note: NOTE,
          lines: back,
          actor_id: SEED_ACTOR,
          locale: "vi",
        },
      })
      const act = { transfer_id: draft.id, actor_id: SEED_ACTOR, locale: "vi" as const }
      await sendStockTransferWorkflow(container).run({ input: act })
      const lines = await places.listStockTransferLines({ transfer_id: draft.id })
      await receiveStockTransferWorkflow(container).run({
        input: { ...act, receipt: { lines: lines.map((l) => ({ line_id: l.id, received_quantity: l.quantity })) } },
      })
      dated.push({
        table: "stock_transfer",
        id: draft.id,
        at: at(lastDay, 540),
        columns: ["created_at", "sent_at", "received_at"],
      })
    }
  }

  for (const d of dated) {
    await knex.raw(`UPDATE ${d.table} SET ${d.columns.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`, [
      ...d.columns.map(() => d.at),
      d.id,
    ])
  }
}
