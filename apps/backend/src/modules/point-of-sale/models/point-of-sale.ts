import { model } from "@medusajs/framework/utils"
import { PLACE_KINDS, PLACE_STATUSES } from "@ocop/domain"

/**
 * A place that sells at a counter: one of the province's showrooms (docs/domain.md §5), or later an
 * event's booth. It owns exactly one Medusa stock location (its shelf) and one sales channel (its
 * counter sales), kept as unique ids on the row so the counter's hot path and sales reports read them
 * without a join through link tables.
 */
export const PointOfSale = model
  .define("point_of_sale", {
    id: model.id({ prefix: "pos" }).primaryKey(),
    code: model.text(),
    handle: model.text(),
    name: model.text(),
    kind: model.enum([...PLACE_KINDS]).default("showroom"),
    status: model.enum([...PLACE_STATUSES]).default("active"),
    address_1: model.text(),
    ward: model.text(),
    province: model.text(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    opening_hours: model.json(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    photo_url: model.text().nullable(),
    description: model.text().nullable(),
    manager_user_id: model.text().nullable(),
    // The e-invoice's seller: the operator of the place (the trade-promotion centre for showrooms).
    seller_name: model.text().nullable(),
    seller_tax_code: model.text().nullable(),
    low_stock_threshold: model.number().default(5),
    discount_limit_percent: model.number().default(10),
    pickup_hold_days: model.number().default(7),
    cash_difference_threshold: model.number().default(20000),
    stock_location_id: model.text(),
    sales_channel_id: model.text(),
    // Event booths (a later issue) name their event here.
    trade_event_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stock_location_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["sales_channel_id"], unique: true, where: "deleted_at IS NULL" },
  ])
