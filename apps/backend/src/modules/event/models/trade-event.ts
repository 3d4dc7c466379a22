import { model } from "@medusajs/framework/utils"
import { BUDGET_LINE_KINDS, EVENT_KINDS, EVENT_STATUSES } from "@ocop/domain"
import { EventLead } from "./lead"
import { EventParticipant } from "./participant"

/**
 * A trade-promotion event (docs/domain.md §6). Its days are stored as the instants they span in
 * Vietnam time (`eventSpan`), so "running now" is one comparison. The booth is a place of sale of
 * kind `booth` (decision 024) whose stock location and sales channel are copied here, as the place
 * keeps them, so reports read them without joins.
 */
export const TradeEvent = model
  .define("trade_event", {
    id: model.id({ prefix: "tev" }).primaryKey(),
    handle: model.text(),
    name: model.text(),
    name_en: model.text(),
    kind: model.enum([...EVENT_KINDS]),
    status: model.enum([...EVENT_STATUSES]).default("planned"),
    province: model.text(),
    address: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    organiser: model.text(),
    responsible_user_id: model.text().nullable(),
    revenue_target: model.bigNumber(),
    description: model.text().nullable(),
    point_of_sale_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    // The event's prices: a Medusa price list in the booth's channel (and the online one when
    // prices_online), active only during the event's days.
    price_list_id: model.text().nullable(),
    prices_online: model.boolean().default(false),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    metadata: model.json().nullable(),
    budget_lines: model.hasMany(() => EventBudgetLine, { mappedBy: "event" }),
    participants: model.hasMany(() => EventParticipant, { mappedBy: "event" }),
    leads: model.hasMany(() => EventLead, { mappedBy: "event" }),
  })
  .cascades({ delete: ["budget_lines", "participants", "leads"] })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }, { on: ["starts_at"] }])

/** What the event plans to spend on one line (booth rent, transport, printing, …). */
export const EventBudgetLine = model
  .define("event_budget_line", {
    id: model.id({ prefix: "tebl" }).primaryKey(),
    event: model.belongsTo(() => TradeEvent, { mappedBy: "budget_lines" }),
    kind: model.enum([...BUDGET_LINE_KINDS]),
    label: model.text().nullable(),
    amount: model.bigNumber(),
    spendings: model.hasMany(() => EventSpending, { mappedBy: "budget_line" }),
  })
  .cascades({ delete: ["spendings"] })

/** Money actually spent against a budget line, with the day and who recorded it. */
export const EventSpending = model.define("event_spending", {
  id: model.id({ prefix: "tesp" }).primaryKey(),
  budget_line: model.belongsTo(() => EventBudgetLine, { mappedBy: "spendings" }),
  amount: model.bigNumber(),
  spent_on: model.text(),
  note: model.text().nullable(),
  recorded_by: model.text(),
})
