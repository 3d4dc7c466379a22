import { model } from "@medusajs/framework/utils"
import { TRANSFER_LOSS_REASONS, TRANSFER_STATUSES } from "@ocop/domain"

/**
 * Goods moving between two stock locations (warehouse, showrooms, booths). While sent, the units are
 * reserved at the source and counted as incoming at the destination; on receipt they leave the
 * source and what was counted enters the destination, the rest recorded as lost with a reason.
 */
export const StockTransfer = model
  .define("stock_transfer", {
    id: model.id({ prefix: "strf" }).primaryKey(),
    number: model.autoincrement(),
    from_location_id: model.text(),
    to_location_id: model.text(),
    status: model.enum([...TRANSFER_STATUSES]).default("draft"),
    note: model.text().nullable(),
    receipt_note: model.text().nullable(),
    created_by: model.text(),
    sent_by: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    received_by: model.text().nullable(),
    received_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StockTransferLine, { mappedBy: "transfer" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["status", "created_at"] },
    { on: ["to_location_id", "status"] },
    { on: ["from_location_id", "status"] },
  ])

export const StockTransferLine = model.define("stock_transfer_line", {
  id: model.id({ prefix: "strl" }).primaryKey(),
  transfer: model.belongsTo(() => StockTransfer, { mappedBy: "lines" }),
  variant_id: model.text(),
  inventory_item_id: model.text(),
  title: model.text(),
  sku: model.text().nullable(),
  quantity: model.number(),
  received_quantity: model.number().nullable(),
  lost_quantity: model.number().default(0),
  loss_reason: model.enum([...TRANSFER_LOSS_REASONS]).nullable(),
  loss_note: model.text().nullable(),
  // The reservation holding the units at the source while the transfer is on its way.
  reservation_id: model.text().nullable(),
})
