import { model } from "@medusajs/framework/utils"
import { LEAD_STATUSES } from "@ocop/domain"
import { TradeEvent } from "./trade-event"

/**
 * A trade buyer met at the booth (kết nối cung – cầu): the company and contact, the producer and
 * products it is interested in, the volume, and where the follow-up stands. The producer sees its own.
 */
export const EventLead = model
  .define("event_lead", {
    id: model.id({ prefix: "tevl" }).primaryKey(),
    event: model.belongsTo(() => TradeEvent, { mappedBy: "leads" }),
    company: model.text(),
    contact_name: model.text(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    producer_id: model.text(),
    product_ids: model.json(),
    volume: model.text().nullable(),
    status: model.enum([...LEAD_STATUSES]).default("new"),
    note: model.text().nullable(),
    recorded_by: model.text(),
  })
  .indexes([{ on: ["producer_id"] }])
