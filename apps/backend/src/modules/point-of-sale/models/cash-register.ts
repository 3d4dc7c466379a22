import { model } from "@medusajs/framework/utils"
import { REGISTER_SESSION_STATUSES } from "@ocop/domain"

/** A counter's till at a place of sale ("Quầy 1"); a place may have several, each with its own drawer. */
export const CashRegister = model
  .define("cash_register", {
    id: model.id({ prefix: "creg" }).primaryKey(),
    point_of_sale_id: model.text(),
    name: model.text(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["point_of_sale_id", "name"], unique: true, where: "deleted_at IS NULL" }])

/**
 * One opening of a register, from the float to the counted close. `expected_cash` is written at
 * close from the movements; until then it is computed on every read.
 */
export const RegisterSession = model
  .define("register_session", {
    id: model.id({ prefix: "rses" }).primaryKey(),
    register_id: model.text(),
    point_of_sale_id: model.text(),
    status: model.enum([...REGISTER_SESSION_STATUSES]).default("open"),
    opened_by: model.text(),
    opened_at: model.dateTime(),
    opening_float: model.number(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    counted: model.json().nullable(),
    counted_cash: model.number().nullable(),
    expected_cash: model.number().nullable(),
    difference: model.number().nullable(),
    close_note: model.text().nullable(),
  })
  .indexes([
    // One open session per register, also under two simultaneous "open" requests.
    {
      name: "IDX_register_session_one_open",
      on: ["register_id"],
      unique: true,
      where: "status = 'open' AND deleted_at IS NULL",
    },
    { on: ["point_of_sale_id", "opened_at"] },
  ])

/**
 * Every change to a drawer: the float, cash taken for a sale (net of change), cash refunds, cash in
 * and out with a reason, cash collected for a pickup order. The expected cash is their sum.
 */
export const CashMovement = model
  .define("cash_movement", {
    id: model.id({ prefix: "cmov" }).primaryKey(),
    session_id: model.text(),
    point_of_sale_id: model.text(),
    kind: model.enum(["float", "sale", "refund", "cash_in", "cash_out", "pickup_payment"]),
    // Signed whole đồng: money into the drawer is positive.
    amount: model.number(),
    reason: model.text().nullable(),
    counter_sale_id: model.text().nullable(),
    order_id: model.text().nullable(),
    created_by: model.text(),
    // Recorded after the session closed (an offline sale sent late); shown apart on the report.
    after_close: model.boolean().default(false),
  })
  .indexes([{ on: ["session_id"] }, { on: ["point_of_sale_id", "created_at"] }])
