import { screen } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { OrderShow } from "./OrderShow"
import type { OrderRecord } from "./order-model"

const order: OrderRecord = {
  id: "order_1",
  display_id: 12,
  status: "pending",
  created_at: "2025-03-14T17:30:00.000Z",
  email: "mai@example.vn",
  currency_code: "vnd",
  total: 450000,
  subtotal: 409091,
  shipping_total: 0,
  payment_status: "authorized",
  fulfillment_status: "not_fulfilled",
  delivery: "pickup",
  pickup_point: { code: "bac-ha", name: "Điểm bán OCOP Bắc Hà", location_id: "sloc_1" },
  payment_method: "vietqr",
  available_actions: ["mark_paid", "ready_for_pickup", "cancel"],
  items: [
    {
      id: "item_1",
      product_title: "Chè Shan tuyết",
      variant_title: "Hộp 100 g",
      quantity: 2,
      unit_price: 225000,
      total: 450000,
    },
  ],
  shipping_address: {
    first_name: "Mai",
    last_name: "Nguyễn Thị",
    phone: "0912 345 678",
    address_1: "Đường Ngọc Uyển",
    city: "Xã Bắc Hà",
  },
  payment_collections: [{ payments: [{ id: "pay_1", provider_id: "pp_vietqr_vietqr", amount: 450000 }] }],
  fulfillments: [],
}

function renderShow(record: OrderRecord, role: string) {
  return renderAdmin(
    <ResourceContextProvider value="orders">
      <OrderShow id="order_1" />
    </ResourceContextProvider>,
    { role, reply: () => ({ json: { order: record } }) },
  )
}

describe("OrderShow", () => {
  it("shows where and how the order is collected and paid, and the actions it allows", async () => {
    const { calls } = renderShow(order, "trade_promotion")
    expect(await screen.findByText("Chè Shan tuyết — Hộp 100 g")).toBeTruthy()
    expect(calls[0]!.url.pathname).toBe("/admin/ocop-orders/order_1")
    expect(screen.getAllByText("Điểm bán OCOP Bắc Hà").length).toBeGreaterThan(0)
    expect(screen.getAllByText("Chuyển khoản VietQR").length).toBeGreaterThan(0)
    expect(screen.getByText(/nội dung "OCOP 12"/)).toBeTruthy()
    expect(await screen.findByRole("button", { name: "Xác nhận đã chuyển khoản" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Sẵn sàng để nhận" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Huỷ đơn" })).toBeTruthy()
  })

  it("lets the OCOP office read an order but offers no action", async () => {
    renderShow(order, "ocop_office")
    expect(await screen.findByText("Chè Shan tuyết — Hộp 100 g")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Xác nhận đã chuyển khoản" })).toBeNull()
    expect(screen.queryByRole("button", { name: "Huỷ đơn" })).toBeNull()
  })

  it("shows why a cancelled order was cancelled", async () => {
    renderShow({ ...order, status: "canceled", cancel_reason: "Khách đổi ý", available_actions: [] }, "trade_promotion")
    expect(await screen.findByText("Khách đổi ý")).toBeTruthy()
    expect(screen.getByText("Lý do huỷ")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Huỷ đơn" })).toBeNull()
  })

  it("shows a cancelled VietQR order's refund as still to be made, with the button to confirm it", async () => {
    renderShow(
      {
        ...order,
        status: "canceled",
        cancel_reason: "Hết hàng",
        refund: { status: "to_make", amount: 150000, currency_code: "vnd" },
        available_actions: ["confirm_refund"],
      },
      "trade_promotion",
    )
    expect(await screen.findByText(/Cần chuyển trả 150\.000\s₫ cho người mua \(chưa thực hiện\)/)).toBeTruthy()
    expect(await screen.findByRole("button", { name: "Đã hoàn tiền" })).toBeTruthy()
  })
})

describe("order totals", () => {
  it("rounds the fractions of a đồng Medusa leaves in tax-inclusive subtotals", async () => {
    renderShow({ ...order, subtotal: 113636.36363636363, tax_total: 11363.636363636364 }, "trade_promotion")
    expect(await screen.findByText(/^113\.636\s₫$/)).toBeTruthy()
    expect(screen.getByText(/^11\.364\s₫$/)).toBeTruthy()
  })
})
