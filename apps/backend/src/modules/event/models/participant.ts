import { model } from "@medusajs/framework/utils"
import { PARTICIPANT_STATUSES } from "@ocop/domain"
import { TradeEvent } from "./trade-event"

/**
 * A producer invited to an event: invited by staff, it answers in its own console whether it takes
 * part and with which products. The booth number says where it stands.
 */
export const EventParticipant = model
  .define("event_participant", {
    id: model.id({ prefix: "tepa" }).primaryKey(),
    event: model.belongsTo(() => TradeEvent, { mappedBy: "participants" }),
    producer_id: model.text(),
    status: model.enum([...PARTICIPANT_STATUSES]).default("invited"),
    booth_number: model.text().nullable(),
    invited_by: model.text(),
    answered_by: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    products: model.hasMany(() => EventParticipantProduct, { mappedBy: "participant" }),
  })
  .cascades({ delete: ["products"] })
  .indexes([{ on: ["event_id", "producer_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["producer_id"] }])

/** A product a participant brings, and how many units (0 until the producer says). */
export const EventParticipantProduct = model.define("event_participant_product", {
  id: model.id({ prefix: "tepp" }).primaryKey(),
  participant: model.belongsTo(() => EventParticipant, { mappedBy: "products" }),
  product_id: model.text(),
  units: model.number().default(0),
})
