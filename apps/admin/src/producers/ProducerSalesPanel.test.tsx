import { screen } from "@testing-library/react"
import { RecordContextProvider } from "react-admin"
import { formatVnd } from "@ocop/domain"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { ProducerSalesPanel } from "./ProducerSalesPanel"

const zero = { orders: 0, units: 0, revenue_vnd: 0, revenue_usd: 0 }
const months = [
  "2024-04",
  "2024-05",
  "2024-06",
  "2024-07",
  "2024-08",
  "2024-09",
  "2024-10",
  "2024-11",
  "2024-12",
  "2025-01",
  "2025-02",
  "2025-03",
]

function sales(overrides: Record<string, unknown> = {}) {
  return {
    producer_id: "pdcr_1",
    this_month: { orders: 2, units: 6, revenue_vnd: 510_000, revenue_usd: 0 },
    this_year: { orders: 5, units: 11, revenue_vnd: 1_250_000, revenue_usd: 1250 },
    all_time: { orders: 9, units: 20, revenue_vnd: 2_400_000, revenue_usd: 1250 },
    by_month: months.map((month) =>
      month === "2025-03"
        ? { month, orders: 2, units: 6, revenue_vnd: 510_000, revenue_usd: 0 }
        : month === "2025-01"
          ? { month, orders: 3, units: 5, revenue_vnd: 740_000, revenue_usd: 1250 }
          : { month, ...zero },
    ),
    ...overrides,
  }
}

function renderPanel(reply: () => { status?: number; json?: unknown }) {
  return renderAdmin(
    <RecordContextProvider value={{ id: "pdcr_1", name: "HTX Chè Shan tuyết" }}>
      <ProducerSalesPanel />
    </RecordContextProvider>,
    { reply },
  )
}

describe("ProducerSalesPanel", () => {
  it("shows orders, units and VND revenue for this month, this year and all time, and a twelve-month chart", async () => {
    const { calls } = renderPanel(() => ({ json: { sales: sales() } }))
    const month = await screen.findByRole("region", { name: "Tháng này" })
    expect(month.textContent).toContain(formatVnd(510_000))
    expect(month.textContent).toContain("Đơn hàng: 2")
    expect(month.textContent).toContain("Sản phẩm đã bán: 6")
    expect(screen.getByRole("region", { name: "Từ trước đến nay" }).textContent).toContain(formatVnd(2_400_000))
    // Dollars only where international buyers paid.
    expect(screen.getByRole("region", { name: "Năm nay" }).textContent).toContain("Doanh thu từ khách quốc tế: $12.50")
    expect(month.textContent).not.toContain("khách quốc tế")
    expect(
      screen.getByRole("img", {
        name: `Biểu đồ doanh thu theo tháng, từ 04/2024 đến 03/2025; cao nhất ${formatVnd(740_000)} vào tháng 01/2025`,
      }),
    ).toBeTruthy()
    expect(screen.getByText("03/2025")).toBeTruthy()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/admin/producers/pdcr_1/sales"])
  })

  it("says so when the producer has sold nothing yet", async () => {
    renderPanel(() => ({
      json: {
        sales: sales({
          this_month: zero,
          this_year: zero,
          all_time: zero,
          by_month: months.map((month) => ({ month, ...zero })),
        }),
      },
    }))
    expect(await screen.findByText("Chưa có đơn hàng nào có sản phẩm của chủ thể này.")).toBeTruthy()
    expect(screen.queryByRole("img")).toBeNull()
  })

  it("explains a failure instead of showing zeros", async () => {
    renderPanel(() => ({ status: 500, json: { message: "boom" } }))
    expect(await screen.findByText("Không tải được doanh số. Hãy thử tải lại trang.")).toBeTruthy()
  })
})
