import { model } from "@medusajs/framework/utils"
import { BOOTH_LOSS_REASONS } from "@ocop/domain"

/**
 * Stock that reached or left an event's booth other than by a transfer or a sale: units a producer
 * taking part `declared` it brought itself, or units `lost` at the booth (with a reason). The
 * booth's inventory level moved by each, and the report's reconciliation counts them, so that
 * sold = received by transfer + declared − sent back − lost − on hand (decision 028).
 */
export const EventBoothStock = model
  .define("event_booth_stock", {
    id: model.id({ prefix: "tebs" }).primaryKey(),
    event_id: model.text(),
    kind: model.enum(["declared", "lost"]),
    producer_id: model.text().nullable(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    title: model.text(),
    quantity: model.number(),
    reason: model.enum([...BOOTH_LOSS_REASONS]).nullable(),
    note: model.text().nullable(),
    recorded_by: model.text(),
  })
  .indexes([{ on: ["event_id"] }, { on: ["producer_id"] }])
