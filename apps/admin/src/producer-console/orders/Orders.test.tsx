import { screen, within } from "@testing-library/react"
import { reactRouterProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../../test-console"
import { ProducerOrderList } from "./OrderList"
import { ProducerOrderShow } from "./OrderShow"

const { Routes, Route } = reactRouterProvider

const order = {
  id: "order_1",
  display_id: 42,
  created_at: "2026-11-20T03:00:00Z",
  status: "pending",
  payment_status: "captured",
  fulfillment_status: "not_fulfilled",
  customer_name: "Trần Thị Lan",
  currency_code: "vnd",
  delivery: { kind: "pickup", place: "Showroom OCOP Sa Pa", address: "02 Fansipan, Sa Pa" },
  items: [
    {
      id: "li_1",
      product_id: "prod_1",
      title: "Cam sành Bảo Thắng",
      variant_title: "Thùng 5 kg",
      quantity: 2,
      fulfilled_quantity: 0,
      unit_price: 175000,
      total: 350000,
    },
  ],
  total: 350000,
  total_vnd: 350000,
}

function render(at: string) {
  return renderConsole(
    <ResourceContextProvider value="producer-orders">
      <Routes>
        <Route path="/producer-orders" element={<ProducerOrderList />} />
        <Route path="/producer-orders/:id/show" element={<ProducerOrderShow />} />
      </Routes>
    </ResourceContextProvider>,
    {
      at,
      reply: (call) => ({ json: call.url.pathname.endsWith("order_1") ? { order } : { orders: [order], count: 1 } }),
    },
  )
}

describe("a producer's orders", { timeout: 20_000 }, () => {
  it("lists orders with the buyer, pickup place, states and its own amount in VND", async () => {
    const { calls } = render("/producer-orders")
    const row = (await screen.findByText("Trần Thị Lan")).closest("tr")!
    expect(within(row).getByText("42")).toBeTruthy()
    expect(within(row).getByText("20/11/2026")).toBeTruthy()
    expect(within(row).getByText("Nhận tại điểm bán: Showroom OCOP Sa Pa")).toBeTruthy()
    expect(within(row).getByText("Đã thanh toán")).toBeTruthy()
    expect(within(row).getByText("350.000 ₫")).toBeTruthy()
    expect(calls[0]?.url.pathname).toBe("/producer/orders")
  })

  it("shows one order with only its lines, where they go and the order states", async () => {
    const { calls } = render("/producer-orders/order_1/show")
    expect(await screen.findByText("Cam sành Bảo Thắng — Thùng 5 kg")).toBeTruthy()
    expect(screen.getByText("Chỉ hiện các sản phẩm của bạn trong đơn này.")).toBeTruthy()
    expect(screen.getByText("02 Fansipan, Sa Pa")).toBeTruthy()
    expect(screen.getByText("175.000 ₫")).toBeTruthy()
    expect(screen.getAllByText("350.000 ₫").length).toBe(2)
    expect(screen.getByText("Chưa giao")).toBeTruthy()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/producer/orders/order_1"])
  })
})
