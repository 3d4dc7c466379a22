import { describe, expect, it } from "vitest"
import { availableActions, completesOrder, refundToMake, refusalOf, type OrderFacts } from "./order-rules"

const now = "2026-03-01T00:00:00Z"

/** A placed, unpaid, unprepared order of two boxes. */
function facts(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: "order_1",
    status: "pending",
    delivery: "ship",
    payments: [{ id: "pay_1", provider_id: "pp_system_default", captured_at: null, canceled_at: null }],
    items: [{ id: "item_1", quantity: 2, fulfilled_quantity: 0 }],
    fulfillments: [],
    ...overrides,
  }
}

const paid = [{ id: "pay_1", provider_id: "pp_vietqr_vietqr", captured_at: now, canceled_at: null }]
const prepared = { items: [{ id: "item_1", quantity: 2, fulfilled_quantity: 2 }] }
const ready = { ...prepared, fulfillments: [{ id: "ful_1", shipped_at: null, delivered_at: null, canceled_at: null }] }
const shipped = { ...prepared, fulfillments: [{ id: "ful_1", shipped_at: now, delivered_at: null, canceled_at: null }] }

describe("order actions by state", () => {
  it("offers payment, shipping and cancelling on a new delivery order", () => {
    expect(availableActions(facts())).toEqual(["mark_paid", "ship", "cancel"])
    expect(refusalOf(facts(), "ready_for_pickup")).toBe("delivery_order")
    expect(refusalOf(facts(), "delivered")).toBe("not_shipped")
  })

  it("offers readiness at the showroom on a new pickup order, never shipping", () => {
    const pickup = facts({ delivery: "pickup" })
    expect(availableActions(pickup)).toEqual(["mark_paid", "ready_for_pickup", "cancel"])
    expect(refusalOf(pickup, "ship")).toBe("pickup_order")
    expect(refusalOf(pickup, "picked_up")).toBe("not_ready")
  })

  it("hands a ready pickup order over only once it is paid", () => {
    expect(refusalOf(facts({ delivery: "pickup", ...ready }), "picked_up")).toBe("not_paid_yet")
    expect(availableActions(facts({ delivery: "pickup", ...ready, payments: paid }))).toEqual(["picked_up"])
  })

  it("refuses a second capture, a second fulfilment and a cancel after preparation", () => {
    expect(refusalOf(facts({ payments: paid }), "mark_paid")).toBe("already_paid")
    expect(refusalOf(facts({ payments: [] }), "mark_paid")).toBe("no_payment")
    expect(refusalOf(facts(shipped), "ship")).toBe("nothing_to_fulfil")
    expect(refusalOf(facts(shipped), "cancel")).toBe("already_fulfilled")
    expect(availableActions(facts(shipped))).toEqual(["mark_paid", "delivered"])
  })

  it("lets a cancelled fulfilment be prepared again and the order cancelled", () => {
    const undone = facts({ fulfillments: [{ id: "ful_0", shipped_at: null, delivered_at: null, canceled_at: now }] })
    expect(availableActions(undone)).toEqual(["mark_paid", "ship", "cancel"])
  })

  it("refuses everything on a cancelled order, and cancelling a completed one", () => {
    const canceled = facts({ status: "canceled" })
    expect(availableActions(canceled)).toEqual([])
    expect(refusalOf(canceled, "mark_paid")).toBe("order_canceled")
    expect(refusalOf(facts({ status: "completed" }), "cancel")).toBe("order_completed")
  })
})

describe("completesOrder", () => {
  it("completes a paid order when its last parcel is delivered or collected", () => {
    expect(completesOrder(facts({ ...shipped, payments: paid }), "delivered")).toBe(true)
    expect(completesOrder(facts({ delivery: "pickup", ...ready, payments: paid }), "picked_up")).toBe(true)
    expect(completesOrder(facts(shipped), "delivered")).toBe(false)
  })

  it("completes a delivered order when its money comes in, not before delivery", () => {
    const delivered = {
      ...prepared,
      fulfillments: [{ id: "ful_1", shipped_at: now, delivered_at: now, canceled_at: null }],
    }
    expect(completesOrder(facts(delivered), "mark_paid")).toBe(true)
    expect(completesOrder(facts(shipped), "mark_paid")).toBe(false)
    expect(completesOrder(facts(), "mark_paid")).toBe(false)
  })

  it("records a refund to make for a paid VietQR order, and lets staff confirm it once", () => {
    const transfer = [{ ...paid[0]!, amount: 150_000, currency_code: "vnd" }]
    expect(refundToMake(facts({ payments: transfer }))).toEqual({ amount: 150_000, currency_code: "vnd" })
    const cash = [{ ...transfer[0]!, provider_id: "pp_system_default" }]
    expect(refundToMake(facts({ payments: cash }))).toBeNull()
    expect(refundToMake(facts())).toBeNull()
    const owed = facts({ status: "canceled", refund: { status: "to_make", amount: 150_000, currency_code: "vnd" } })
    expect(availableActions(owed)).toEqual(["confirm_refund"])
    expect(refusalOf({ ...owed, refund: { ...owed.refund!, status: "made" } }, "confirm_refund")).toBe("no_refund_due")
    expect(refusalOf(facts(), "confirm_refund")).toBe("no_refund_due")
  })
})
