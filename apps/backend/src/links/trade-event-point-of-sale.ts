import { defineLink } from "@medusajs/framework/utils"
import TradeEventModule from "../modules/event"
import PointOfSaleModule from "../modules/point-of-sale"

/**
 * An event's booth, for Query: `trade_event.point_of_sale` (its shelf and counter). Read-only over
 * the `point_of_sale_id` column, so no link table: the booth row names its event too
 * (`trade_event_id`), and decision 024 keeps such ids as columns for the counter's hot path.
 */
export default defineLink(
  { linkable: TradeEventModule.linkable.tradeEvent, field: "point_of_sale_id" },
  PointOfSaleModule.linkable.pointOfSale,
  { readOnly: true },
)
