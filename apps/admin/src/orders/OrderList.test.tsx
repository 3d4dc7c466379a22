import { fireEvent, screen, waitFor } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { beforeEach, describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { OrderList, orderCsvColumns } from "./OrderList"
import { i18nProvider } from "../i18n/i18n-provider"
import { toCsv } from "../common/csv-export"
import type { OrderRecord } from "./order-model"

const pickupOrder: OrderRecord = {
  id: "order_1",
  display_id: 12,
  created_at: "2025-03-14T17:30:00.000Z",
  email: "mai@example.vn",
  customer_name: "Nguyễn Thị Mai",
  phone: "0912 345 678",
  status: "pending",
  total: 450000,
  currency_code: "vnd",
  payment_status: "authorized",
  payment_method: "vietqr",
  fulfillment_status: "not_fulfilled",
  delivery: "pickup",
  pickup_point: { code: "bac-ha", name: "Điểm bán OCOP Bắc Hà" },
  shipping_method: "Nhận tại Điểm bán OCOP Bắc Hà",
  cancel_reason: null,
}
const usdOrder: OrderRecord = {
  ...pickupOrder,
  id: "order_2",
  display_id: 13,
  email: "anna@example.com",
  customer_name: "Anna Smith",
  total: 18,
  currency_code: "usd",
  payment_status: "captured",
  payment_method: "cod",
  fulfillment_status: "shipped",
  delivery: "ship",
  pickup_point: null,
  shipping_method: "Giao hàng quốc tế",
}

function renderList(orders: object[], role = "admin") {
  return renderAdmin(
    <ResourceContextProvider value="orders">
      <OrderList />
    </ResourceContextProvider>,
    { role, reply: () => ({ json: { orders, count: orders.length } }) },
  )
}

describe("OrderList", () => {
  // react-admin keeps a list's filters in the URL, which jsdom keeps from one test to the next.
  beforeEach(() => window.history.replaceState(null, "", "/"))

  it("shows orders with buyer, dd/mm/yyyy dates, money in their currency, payment and pickup place", async () => {
    const { calls } = renderList([pickupOrder, usdOrder])
    expect(await screen.findByText("Nguyễn Thị Mai")).toBeTruthy()
    expect(screen.getByText("mai@example.vn")).toBeTruthy()
    expect(screen.getAllByText("15/03/2025")).toHaveLength(2)
    expect(screen.getByText(/^450\.000\s₫$/)).toBeTruthy()
    expect(screen.getByText("$18.00")).toBeTruthy()
    expect(screen.getAllByText("Chờ thanh toán").length).toBeGreaterThan(0)
    expect(screen.getByText("Chuyển khoản VietQR")).toBeTruthy()
    expect(screen.getByText("Đã thanh toán")).toBeTruthy()
    expect(screen.getByText("Giao hàng quốc tế")).toBeTruthy()
    expect(screen.getAllByText("Điểm bán OCOP Bắc Hà").length).toBeGreaterThan(0)
    const url = calls[0]!.url
    expect(url.pathname).toBe("/admin/ocop-orders")
    expect(url.searchParams.get("order")).toBe("-created_at")
  })

  it("filters by pickup place and payment from the always-shown inputs", async () => {
    const { calls } = renderList([pickupOrder])
    await screen.findByText("Nguyễn Thị Mai")
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "Điểm nhận hàng" }))
    fireEvent.click(await screen.findByRole("option", { name: "Điểm bán OCOP Bắc Hà" }))
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get("pickup_point")).toBe("bac-ha"))
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "Thanh toán" }))
    fireEvent.click(await screen.findByRole("option", { name: "Chờ thanh toán" }))
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get("payment_status")).toBe("awaiting"))
    expect(calls.at(-1)!.url.searchParams.get("pickup_point")).toBe("bac-ha")
  })

  it("explains an empty list without offering to create", async () => {
    renderList([], "ocop_office")
    expect(await screen.findByText(/Chưa có đơn hàng nào/)).toBeTruthy()
    expect(screen.queryByRole("link", { name: /Tạo mới/ })).toBeNull()
  })
})

describe("orderCsvColumns", () => {
  it("exports dd/mm/yyyy dates, raw amounts with currency and translated codes", () => {
    const csv = toCsv(
      [pickupOrder, { ...usdOrder, status: "canceled", cancel_reason: "Khách đổi ý" }],
      orderCsvColumns(i18nProvider.translate),
      i18nProvider.translate,
    )
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n")
    expect(lines[0]).toBe(
      "Số đơn,Ngày đặt,Người mua,Email người mua,Số điện thoại,Tổng tiền,Tiền tệ,Trạng thái,Thanh toán,Cách thanh toán,Giao hàng,Giao hàng / nơi nhận,Lý do huỷ",
    )
    expect(lines[1]).toBe(
      "12,15/03/2025,Nguyễn Thị Mai,mai@example.vn,0912 345 678,450000,VND,Đang xử lý,Chờ thanh toán,Chuyển khoản VietQR,Chưa giao,Điểm bán OCOP Bắc Hà,",
    )
    expect(lines[2]).toBe(
      "13,15/03/2025,Anna Smith,anna@example.com,0912 345 678,18,USD,Đã huỷ,Đã thanh toán,Tiền mặt khi nhận hàng,Đã gửi hàng,Giao hàng quốc tế,Khách đổi ý",
    )
  })
})
