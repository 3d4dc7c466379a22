import { isoDaysFromToday, vietnamDayStart } from "@ocop/domain"
import { beforeAll, describe, expect, it } from "vitest"
import { api, unique } from "./helpers"
import { seededStore, sqlRows } from "./checkout-helpers"
import { buyer, orderAction, orderStaff, placeOrder, stockedVariant } from "./order-helpers"

/** Three Vietnam days a month before today, as the console's filters write them (YYYY-MM-DD). */
const [DAY_1, DAY_2, DAY_3] = [-31, -30, -29].map((n) => isoDaysFromToday(n))
const calendarDay = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number]
  return { year, month, day }
}

let token: string
let office: string
// A letter first: an all-digit tag (2 % of random hex) would be searched as a phone number.
const tag = `d${unique()}`
const placed: Record<string, { id: string; display_id: number; total: number }> = {}

/** The list as trade promotion sees it, scoped to this file's orders by their tag. */
async function list(query: string, scoped = true) {
  const res = await api(`/admin/ocop-orders?${scoped ? `q=${tag}&` : ""}${query}`, { token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as { orders: any[]; count: number; limit: number; offset: number }
}

const ids = (body: { orders: { id: string }[] }) => body.orders.map((o) => o.id).sort()
const idsOf = (...names: string[]) => names.map((n) => placed[n]!.id).sort()

beforeAll(async () => {
  const { key, vnRegionId } = await seededStore()
  const staff = await orderStaff()
  token = staff.promotion
  office = staff.office
  const stock = await stockedVariant(staff.admin, 20, 120_000)
  const place = (provider: "cod" | "vietqr", pickup?: string, who = {}) =>
    placeOrder(key, vnRegionId, { variantId: stock.variantId, provider, pickup, buyer: buyer(tag, who) })
  placed.codShip = await place("cod", undefined, { first_name: "Lan", phone: "0987 654 321" })
  placed.qrSaPa = await place("vietqr", "sa-pa")
  placed.qrBacHa = await place("vietqr", "bac-ha", { first_name: "Hương", last_name: `Trần ${tag}` })
  placed.codBacHa = await place("cod", "bac-ha")
  placed.canceled = await place("cod")
  expect((await orderAction(token, placed.qrSaPa.id, "mark-paid")).status).toBe(200)
  expect((await orderAction(token, placed.codShip.id, "ship", { tracking_number: "VN777" })).status).toBe(200)
  expect((await orderAction(token, placed.canceled.id, "cancel", { reason: "Đặt trùng" })).status).toBe(200)
  // Two orders either side of midnight in Vietnam (17:00 UTC) between DAY_1 and DAY_2, a month ago.
  const midnight = vietnamDayStart(calendarDay(DAY_2)).getTime()
  await sqlRows(`UPDATE "order" SET created_at = $2 WHERE id = $1`, [placed.codBacHa.id, new Date(midnight - 1000)])
  await sqlRows(`UPDATE "order" SET created_at = $2 WHERE id = $1`, [placed.qrBacHa.id, new Date(midnight)])
})

describe("GET /admin/ocop-orders", () => {
  it("lists each order with what the console shows and filters on", async () => {
    const body = await list("")
    expect(body.count).toBe(5)
    const row = body.orders.find((o) => o.id === placed.qrBacHa.id)
    expect(row).toEqual({
      id: placed.qrBacHa.id,
      display_id: placed.qrBacHa.display_id,
      created_at: vietnamDayStart(calendarDay(DAY_2)).toISOString(),
      status: "pending",
      email: `mai-${tag}@example.vn`,
      currency_code: "vnd",
      total: placed.qrBacHa.total,
      customer_name: `Trần ${tag} Hương`,
      phone: "0912 345 678",
      shipping_method: "Nhận tại Điểm bán OCOP Bắc Hà",
      delivery: "pickup",
      pickup_point: { code: "bac-ha", name: "Điểm bán OCOP Bắc Hà" },
      payment_method: "vietqr",
      payment_status: "authorized",
      fulfillment_status: "not_fulfilled",
      cancel_reason: null,
    })
    expect(body.orders.find((o) => o.id === placed.canceled.id)).toMatchObject({
      status: "canceled",
      cancel_reason: "Đặt trùng",
    })
  })

  it("computes payment and fulfilment statuses as Medusa's own order API does", async () => {
    const body = await list("")
    for (const row of body.orders) {
      const medusa = await api(`/admin/orders/${row.id}?fields=id,payment_status,fulfillment_status,total`, { token })
      expect({ id: row.id, payment: row.payment_status, fulfilment: row.fulfillment_status, total: row.total }).toEqual(
        {
          id: row.id,
          payment: medusa.body.order.payment_status,
          fulfilment: medusa.body.order.fulfillment_status,
          total: medusa.body.order.total,
        },
      )
    }
  })

  it("filters by status, payment, method, delivery and pickup place", async () => {
    expect(ids(await list("status=canceled"))).toEqual(idsOf("canceled"))
    expect(ids(await list("payment_status=captured"))).toEqual(idsOf("qrSaPa"))
    expect(ids(await list("payment_status=awaiting"))).toEqual(idsOf("codShip", "qrBacHa", "codBacHa"))
    expect(ids(await list("payment_status=canceled"))).toEqual(idsOf("canceled"))
    expect(ids(await list("payment_method=vietqr"))).toEqual(idsOf("qrSaPa", "qrBacHa"))
    expect(ids(await list("payment_method=cod"))).toEqual(idsOf("codShip", "codBacHa", "canceled"))
    expect(ids(await list("delivery=ship"))).toEqual(idsOf("codShip", "canceled"))
    expect(ids(await list("delivery=pickup"))).toEqual(idsOf("qrSaPa", "qrBacHa", "codBacHa"))
    expect(ids(await list("pickup_point=bac-ha"))).toEqual(idsOf("qrBacHa", "codBacHa"))
    expect(ids(await list("pickup_point=bac-ha&payment_status=awaiting&payment_method=vietqr"))).toEqual(
      idsOf("qrBacHa"),
    )
    expect(ids(await list("pickup_point=lao-cai-city"))).toEqual([])
    expect(ids(await list("fulfillment_status=shipped"))).toEqual(idsOf("codShip"))
  })

  it("takes dates as Vietnam calendar days", async () => {
    expect(ids(await list(`created_from=${DAY_2}&created_to=${DAY_2}`))).toEqual(idsOf("qrBacHa"))
    expect(ids(await list(`created_from=${DAY_1}&created_to=${DAY_1}`))).toEqual(idsOf("codBacHa"))
    expect(ids(await list(`created_to=${DAY_2}`))).toEqual(idsOf("qrBacHa", "codBacHa"))
    expect((await list(`created_from=${DAY_3}`)).count).toBe(3)
  })

  it("searches by order number, phone, name without marks and email", async () => {
    expect(ids(await list(`q=%23${placed.qrSaPa.display_id}`, false))).toEqual(idsOf("qrSaPa"))
    expect(ids(await list(`q=${placed.qrSaPa.display_id}`, false))).toContain(placed.qrSaPa.id)
    expect(ids(await list(`q=${encodeURIComponent("0987 654 321")}`, false))).toEqual(idsOf("codShip"))
    expect(ids(await list(`q=${encodeURIComponent(`huong tran ${tag}`)}`, false))).toEqual(idsOf("qrBacHa"))
    expect(ids(await list(`q=${encodeURIComponent(`HƯƠNG ${tag}`)}`, false))).toEqual(idsOf("qrBacHa"))
    expect((await list(`q=${encodeURIComponent(`mai-${tag}@example.vn`)}`, false)).count).toBe(5)
  })

  it("pages and sorts, with the total count on every page", async () => {
    const all = await list("order=display_id&limit=2")
    expect(all.count).toBe(5)
    expect(all.orders.map((o) => o.display_id)).toEqual(
      Object.values(placed)
        .map((o) => o.display_id)
        .sort((a, b) => a - b)
        .slice(0, 2),
    )
    const second = await list("order=display_id&limit=2&offset=2")
    expect(second.count).toBe(5)
    expect(second.orders[0].display_id).toBeGreaterThan(all.orders[1].display_id)
    const past = await list("limit=2&offset=10")
    expect(past).toMatchObject({ orders: [], count: 5, limit: 2, offset: 10 })
    const newest = await list("")
    const times = newest.orders.map((o) => Date.parse(o.created_at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const byTotal = await list("order=-total")
    expect(byTotal.orders[0].total).toBeGreaterThanOrEqual(byTotal.orders.at(-1).total)
  })

  it("returns the orders asked for by id, for the console's references", async () => {
    const body = await list(`id=${placed.codShip.id}&id=${placed.qrSaPa.id}`, false)
    expect(ids(body)).toEqual(idsOf("codShip", "qrSaPa"))
  })

  it("refuses bad filters with field errors in the caller's language", async () => {
    const res = await api("/admin/ocop-orders?pickup_point=ha-noi&created_from=01/03/2026&order=email&limit=500", {
      token,
      headers: { "accept-language": "en" },
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors).sort()).toEqual(["created_from", "limit", "order", "pickup_point"])
    const inverted = await api(`/admin/ocop-orders?created_from=${DAY_2}&created_to=${DAY_1}`, { token })
    expect(inverted.body.errors).toEqual({ created_to: "Ngày không hợp lệ" })
  })

  it("is readable by the OCOP office", async () => {
    expect((await api(`/admin/ocop-orders?q=${tag}`, { token: office })).body.count).toBe(5)
  })
})
