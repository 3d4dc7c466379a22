import { model } from "@medusajs/framework/utils"

/**
 * A sale at a counter. The goods, money and stock live in the Medusa order (`order_id`, in the
 * place's sales channel); this row keeps what the order cannot: the register session, the
 * device's idempotency key, how it was paid (with change and card references), the discounts and
 * who approved them, and the e-invoice data exactly as the receipt printed it.
 */
export const CounterSale = model
  .define("counter_sale", {
    id: model.id({ prefix: "csale" }).primaryKey(),
    idempotency_key: model.text(),
    point_of_sale_id: model.text(),
    register_session_id: model.text(),
    order_id: model.text().nullable(),
    display_id: model.number().nullable(),
    status: model.enum(["completed", "partially_returned", "returned", "voided"]).default("completed"),
    clerk_id: model.text(),
    buyer: model.json().nullable(),
    lines: model.json(),
    payments: model.json(),
    subtotal: model.number(),
    discount_total: model.number(),
    total: model.number(),
    vat_total: model.number(),
    refunded_total: model.number().default(0),
    discount_approved_by: model.text().nullable(),
    invoice: model.json(),
    offline_at: model.dateTime().nullable(),
    // Why a manager must look at this sale (an offline sale that took stock below zero…); null when fine.
    flag: model.enum(["below_zero", "after_close"]).nullable(),
    flag_detail: model.json().nullable(),
    flag_resolved_by: model.text().nullable(),
    flag_resolved_at: model.dateTime().nullable(),
    flag_note: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["point_of_sale_id", "created_at"] },
    { on: ["register_session_id"] },
    { on: ["order_id"] },
  ])

/** Goods brought back to the counter, or a whole sale voided; the refund goes back by the original methods. */
export const CounterReturn = model
  .define("counter_return", {
    id: model.id({ prefix: "cret" }).primaryKey(),
    counter_sale_id: model.text(),
    point_of_sale_id: model.text(),
    register_session_id: model.text(),
    kind: model.enum(["return", "void"]),
    lines: model.json(),
    refund_total: model.number(),
    refunds: model.json(),
    reason: model.text(),
    approved_by: model.text().nullable(),
    created_by: model.text(),
    medusa_return_id: model.text().nullable(),
  })
  .indexes([{ on: ["counter_sale_id"] }, { on: ["point_of_sale_id", "created_at"] }])
