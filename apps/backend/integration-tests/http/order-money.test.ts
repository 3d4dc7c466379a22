import { beforeAll, describe, expect, it } from "vitest"
import { seededStore } from "./checkout-helpers"
import { unique } from "./helpers"
import { buyer, orderAction, orderStaff, orderView, placeOrder, stockedVariant } from "./order-helpers"

let key: string
let regionId: string
let staff: Awaited<ReturnType<typeof orderStaff>>
let variantId: string

beforeAll(async () => {
  ;({ key, vnRegionId: regionId } = await seededStore())
  staff = await orderStaff()
  ;({ variantId } = await stockedVariant(staff.admin, 20))
})

describe("money on order actions (decision 023)", () => {
  it("lets only one of a cancel and a shipment racing on one order pass", async () => {
    for (let round = 0; round < 3; round++) {
      const order = await placeOrder(key, regionId, { variantId, provider: "cod", buyer: buyer(unique()) })
      const [cancel, ship] = await Promise.all([
        orderAction(staff.promotion, order.id, "cancel", { reason: "Khách đổi ý" }),
        orderAction(staff.promotion, order.id, "ship", { tracking_number: `VN${unique()}VN` }),
      ])
      const statuses = [cancel.status, ship.status].sort()
      expect(statuses, JSON.stringify([cancel.body, ship.body])).toEqual([200, 400])
      const view = await orderView(staff.promotion, order.id)
      // What happened is one whole action: cancelled without a shipment, or shipped and not cancelled.
      if (cancel.status === 200) expect(view.status).toBe("canceled")
      else expect(view.status).not.toBe("canceled")
    }
  })

  it("records a refund to be made when a paid VietQR order is cancelled, until staff confirm it", async () => {
    const order = await placeOrder(key, regionId, { variantId, provider: "vietqr", buyer: buyer(unique()) })
    expect((await orderAction(staff.promotion, order.id, "mark-paid")).status).toBe(200)
    const cancelled = await orderAction(staff.promotion, order.id, "cancel", { reason: "Hết hàng" })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.order.refund).toEqual({ status: "to_make", amount: order.total, currency_code: "vnd" })
    expect(cancelled.body.order.available_actions).toEqual(["confirm_refund"])
    // Trade promotion works on orders; the OCOP office only reads them.
    expect((await orderAction(staff.office, order.id, "confirm-refund")).status).toBe(403)
    const confirmed = await orderAction(staff.promotion, order.id, "confirm-refund")
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.order.refund.status).toBe("made")
    expect(confirmed.body.order.metadata.refund_confirmed_by).toBeTruthy()
    const again = await orderAction(staff.promotion, order.id, "confirm-refund")
    expect(again.status).toBe(400)
    expect(again.body.code).toBe("no_refund_due")
  })

  it("records no refund for an unpaid or cash order", async () => {
    const order = await placeOrder(key, regionId, { variantId, provider: "vietqr", buyer: buyer(unique()) })
    const cancelled = await orderAction(staff.promotion, order.id, "cancel", { reason: "Khách huỷ" })
    expect(cancelled.body.order.refund).toBeNull()
    expect((await orderAction(staff.promotion, order.id, "confirm-refund")).status).toBe(400)
  })
})
