import { screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Dashboard } from "../../dashboard/Dashboard"
import { renderConsole } from "../../test-console"

const figures = {
  orders_to_prepare: 4,
  sales_this_month: { orders: 12, revenue_vnd: 3_450_000 },
  certificates_expiring: [
    { id: "cert_1", certificate_number: "152/QĐ-UBND", product_title: "Cam sành Bảo Thắng", valid_until: "2027-01-15" },
  ],
  reviews_pending: 2,
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
    expect(calls.map((c) => c.url.pathname)).toEqual(["/producer/dashboard"])
    expect(screen.queryByText("Chủ thể OCOP")).toBeNull()
  })

  it("says when no certificate expires soon", async () => {
    renderConsole(<Dashboard />, { reply: () => ({ json: { ...figures, certificates_expiring: [] } }) })
    expect(await screen.findByText("Không có giấy chứng nhận nào sắp hết hạn.")).toBeTruthy()
  })

  it("shows dashes when the figures cannot be read", async () => {
    renderConsole(<Dashboard />, { reply: () => ({ status: 500, json: { message: "boom" } }) })
    expect((await screen.findAllByText("—")).length).toBe(3)
  })
})
