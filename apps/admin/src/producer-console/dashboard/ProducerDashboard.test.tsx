import { screen, within } from "@testing-library/react"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { Dashboard } from "../../dashboard/Dashboard"
import { renderConsole } from "../../test-console"

beforeAll(() => {
  // jsdom measures nothing; the chart's container only needs the observer to exist.
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  )
})

const figures = {
  orders_to_prepare: 4,
  sales_this_month: { orders: 12, revenue_vnd: 3_450_000 },
  certificates_expiring: [
    { id: "cert_1", certificate_number: "152/QĐ-UBND", product_title: "Cam sành Bảo Thắng", valid_until: "2027-01-15" },
  ],
  reviews_pending: 2,
  top_products: [
    { product_id: "prod_1", title: "Cam sành Bảo Thắng", units: 30, revenue_vnd: 2_100_000, revenue_usd: 0 },
  ],
  sales_by_month: [
    { month: "2026-11", orders: 9, revenue_vnd: 2_000_000 },
    { month: "2026-12", orders: 12, revenue_vnd: 3_450_000 },
  ],
  stock: {
    variants: 3,
    units: 1250,
    low_count: 1,
    low: [{ variant_id: "v1", product: "Mật ong bạc hà", variant: "Chai 500 ml", available: 2 }],
  },
}

describe("a producer's dashboard", () => {
  it("shows its own figures from /producer/dashboard, in VND and dd/mm/yyyy, and nothing of staff", async () => {
    const { calls } = renderConsole(<Dashboard />, { reply: () => ({ json: figures }) })
    const sales = await screen.findByRole("region", { name: "Doanh thu tháng này" })
    expect(await within(sales).findByText("3.450.000 ₫")).toBeTruthy()
    expect(within(sales).getByText("từ 12 đơn hàng")).toBeTruthy()
    expect(within(screen.getByRole("region", { name: "Đơn cần chuẩn bị" })).getByText("4")).toBeTruthy()
    expect(within(screen.getByRole("region", { name: "Thay đổi chờ duyệt" })).getByText("2")).toBeTruthy()
    const certificates = screen.getByRole("region", { name: "Giấy chứng nhận hết hạn trong 90 ngày" })
    expect(within(certificates).getByText("Cam sành Bảo Thắng")).toBeTruthy()
    expect(within(certificates).getByText("Số 152/QĐ-UBND, hết hiệu lực ngày 15/01/2027")).toBeTruthy()
    expect(screen.getByText("Xin chào Nguyễn Văn Hưng")).toBeTruthy()
    expect(screen.getByRole("img", { name: "Doanh thu 12 tháng gần đây" })).toBeTruthy()
    const top = screen.getByRole("region", { name: "Sản phẩm bán chạy tháng này" })
    expect(within(top).getByText("1. Cam sành Bảo Thắng")).toBeTruthy()
    expect(within(top).getByText("2.100.000 ₫ · 30 sp")).toBeTruthy()
    const stock = screen.getByRole("region", { name: "Tồn kho" })
    expect(within(stock).getByText("1.250 sản phẩm sẵn bán, 3 loại")).toBeTruthy()
    expect(within(stock).getByText("Mật ong bạc hà – Chai 500 ml")).toBeTruthy()
    expect(within(stock).getByText("còn 2")).toBeTruthy()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/producer/dashboard"])
    expect(screen.queryByText("Chủ thể OCOP")).toBeNull()
  })

  it("says when no certificate expires soon, nothing sold this month and nothing runs out", async () => {
    renderConsole(<Dashboard />, {
      reply: () => ({
        json: {
          ...figures,
          certificates_expiring: [],
          top_products: [],
          stock: { ...figures.stock, low_count: 0, low: [] },
        },
      }),
    })
    expect(await screen.findByText("Không có giấy chứng nhận nào sắp hết hạn.")).toBeTruthy()
    expect(screen.getByText("Tháng này chưa có đơn nào có sản phẩm của bạn.")).toBeTruthy()
    expect(screen.getByText("Không có mặt hàng nào sắp hết.")).toBeTruthy()
  })

  it("shows dashes when the figures cannot be read", async () => {
    renderConsole(<Dashboard />, { reply: () => ({ status: 500, json: { message: "boom" } }) })
    expect((await screen.findAllByText("—")).length).toBe(3)
  })
})
