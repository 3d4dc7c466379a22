import { describe, expect, it } from "vitest"
import { createMedusaDataProvider } from "./data-provider"
import { orderListQuery } from "./orders"
import { recordingFetch } from "./test-fetch"

function provider(reply?: Parameters<typeof recordingFetch>[0]) {
  const { fetch, calls } = recordingFetch(reply)
  return { dp: createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => "tok" }), calls }
}

describe("orderListQuery", () => {
  it("keeps the order filters, Vietnam days as they are, and drops react-admin internals", () => {
    expect(
      orderListQuery({
        filter: { status: "pending", pickup_point: "bac-ha", created_from: "2025-03-01", saved: { x: 1 }, other: "y" },
        pagination: { page: 3, perPage: 20 },
        sort: { field: "display_id", order: "ASC" },
      }),
    ).toEqual({
      status: "pending",
      pickup_point: "bac-ha",
      created_from: "2025-03-01",
      limit: 20,
      offset: 40,
      order: "display_id",
    })
  })
})

describe("orders in the data provider", () => {
  it("lists from /admin/ocop-orders with the filters, paging and sort", async () => {
    const { dp, calls } = provider(() => ({ json: { orders: [{ id: "order_1" }], count: 31 } }))
    const result = await dp.getList("orders", {
      pagination: { page: 2, perPage: 10 },
      sort: { field: "created_at", order: "DESC" },
      filter: { payment_status: "awaiting", payment_method: "vietqr", created_to: "2025-03-31", q: "#12" },
    })
    expect(result).toEqual({ data: [{ id: "order_1" }], total: 31 })
    const url = calls[0]!.url
    expect(url.pathname).toBe("/admin/ocop-orders")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      payment_status: "awaiting",
      payment_method: "vietqr",
      created_to: "2025-03-31",
      q: "#12",
      limit: "10",
      offset: "10",
      order: "-created_at",
    })
  })

  it("reads an export of 450 rows in slices the API accepts", async () => {
    const { dp, calls } = provider((call) => {
      const limit = Number(call.url.searchParams.get("limit"))
      const offset = Number(call.url.searchParams.get("offset"))
      const n = Math.max(0, Math.min(limit, 450 - offset))
      return { json: { orders: Array.from({ length: n }, (_, i) => ({ id: `order_${offset + i}` })), count: 450 } }
    })
    const result = await dp.getList("orders", {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: "created_at", order: "DESC" },
      filter: {},
    })
    expect(result.total).toBe(450)
    expect(result.data).toHaveLength(450)
    expect(calls.map((c) => [c.url.searchParams.get("limit"), c.url.searchParams.get("offset")])).toEqual([
      ["200", "0"],
      ["200", "200"],
      ["200", "400"],
    ])
  })

  it("reads one order from /admin/ocop-orders/:id and several by id", async () => {
    const { dp, calls } = provider((call) =>
      call.url.pathname === "/admin/ocop-orders"
        ? { json: { orders: [{ id: "a" }, { id: "b" }] } }
        : { json: { order: { id: "order_1" } } },
    )
    expect((await dp.getOne("orders", { id: "order_1" })).data).toEqual({ id: "order_1" })
    expect((await dp.getMany("orders", { ids: ["a", "b"] })).data).toHaveLength(2)
    expect(calls[0]!.url.pathname).toBe("/admin/ocop-orders/order_1")
    expect(calls[1]!.url.searchParams.getAll("id")).toEqual(["a", "b"])
  })

  it("posts each action to its route and answers the order as it now is", async () => {
    const { dp, calls } = provider(() => ({ json: { order: { id: "order_1", status: "pending" } } }))
    expect(await dp.markOrderPaid("order_1")).toEqual({ id: "order_1", status: "pending" })
    await dp.readyForPickup("order_1")
    await dp.markPickedUp("order_1")
    await dp.markDelivered("order_1")
    await dp.shipOrder("order_1", { tracking_number: " VN123 ", tracking_url: " " })
    await dp.shipOrder("order_1", { tracking_number: "VN9", tracking_url: "https://vnpost.vn/t/VN9" })
    await dp.cancelOrder("order_1", " Khách đổi ý ")
    expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([
      ["POST", "/admin/ocop-orders/order_1/mark-paid", {}],
      ["POST", "/admin/ocop-orders/order_1/ready-for-pickup", {}],
      ["POST", "/admin/ocop-orders/order_1/picked-up", {}],
      ["POST", "/admin/ocop-orders/order_1/delivered", {}],
      ["POST", "/admin/ocop-orders/order_1/ship", { tracking_number: "VN123" }],
      ["POST", "/admin/ocop-orders/order_1/ship", { tracking_number: "VN9", tracking_url: "https://vnpost.vn/t/VN9" }],
      ["POST", "/admin/ocop-orders/order_1/cancel", { reason: "Khách đổi ý" }],
    ])
  })

  it("passes the backend's refusal on with its code", async () => {
    const { dp } = provider(() => ({
      status: 400,
      json: { type: "not_allowed", code: "already_paid", message: "Đã thanh toán" },
    }))
    await expect(dp.markOrderPaid("order_1")).rejects.toMatchObject({
      status: 400,
      message: "Đã thanh toán",
      body: { code: "already_paid" },
    })
  })
})
