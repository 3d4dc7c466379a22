import { addDays, toIsoDate, vietnamIsoDay, vietnamToday } from "@ocop/domain"
import { fireEvent, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../test-console"
import { ReportsPage } from "./ReportsPage"

// recharts' ResponsiveContainer watches its box; jsdom has no layout, so nothing is ever resized.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver

const today = vietnamIsoDay()
const weekAgo = toIsoDate(addDays(vietnamToday(), -7))
const at = `/reports?from=${weekAgo}&to=${today}&group_by=sales_channel&star_level=4`
const lists = (path: string) => ({ json: { [path.split("/").pop()!.replace(/-/g, "_")]: [], count: 0 } })

describe("the reports screen", () => {
  it("asks for the view in the link and shows its rows, totals and a described chart", async () => {
    const { calls } = renderConsole(<ReportsPage />, {
      permissions: "trade_promotion",
      at,
      reply: (call) =>
        call.url.pathname === "/admin/reports/sales"
          ? {
              json: {
                rows: [
                  { key: "sc_1", label: "Cửa hàng OCOP Sa Pa", revenue: 450_000, revenue_usd: 0, orders: 1, units: 3 },
                  { key: "none", label: "(không có)", revenue: -20_000, revenue_usd: 0, orders: 0, units: -1 },
                ],
                totals: { revenue: 430_000, revenue_usd: 0, orders: 1, units: 2 },
              },
            }
          : lists(call.url.pathname),
    })
    const totals = await screen.findByTestId("report-totals")
    expect(within(totals).getByText("Tổng cộng")).toBeTruthy()
    expect(within(totals).getByText("430.000 ₫")).toBeTruthy()
    expect(screen.getByText("Cửa hàng OCOP Sa Pa")).toBeTruthy()
    expect(screen.getByRole("img", { name: /Biểu đồ doanh thu theo kênh bán: 2 dòng, tổng 430.000/ })).toBeTruthy()
    const first = calls.find((c) => c.url.pathname === "/admin/reports/sales")!
    expect(Object.fromEntries(first.url.searchParams)).toEqual({
      from: weekAgo,
      to: today,
      group_by: "sales_channel",
      star_level: "4",
    })
    // The chosen filter and grouping show in their pickers.
    expect(screen.getByRole("combobox", { name: "Xem theo" }).textContent).toBe("Kênh bán")
    expect(screen.getByRole("combobox", { name: "Hạng sao" }).textContent).toBe("4 sao")
    // Days are typed dd/mm/yyyy; an end before the start is said and not asked for.
    const to = screen.getByRole("textbox", { name: "Đến ngày" }) as HTMLInputElement
    expect(to.value).toBe(today.split("-").reverse().join("/"))
    const asked = () => calls.filter((c) => c.url.pathname === "/admin/reports/sales").length
    const before = asked()
    fireEvent.change(to, { target: { value: "01/01/2000" } })
    expect((await screen.findByRole("alert")).textContent).toMatch(/Khoảng ngày không hợp lệ/)
    expect(asked()).toBe(before)
  })

  it("says when nothing sold, and offers no empty export", async () => {
    renderConsole(<ReportsPage />, {
      permissions: "admin",
      at,
      reply: (call) =>
        call.url.pathname === "/admin/reports/sales"
          ? { json: { rows: [], totals: { revenue: 0, revenue_usd: 0, orders: 0, units: 0 } } }
          : lists(call.url.pathname),
    })
    expect(await screen.findByText(/Không có doanh số nào/)).toBeTruthy()
    expect(screen.getByRole("button", { name: "Xuất Excel (XLSX)" }).hasAttribute("disabled")).toBe(true)
  })

  it("shows the server's refusal as an error with a retry", async () => {
    renderConsole(<ReportsPage />, {
      permissions: "admin",
      at,
      reply: (call) =>
        call.url.pathname === "/admin/reports/sales"
          ? { status: 500, json: { type: "unexpected_state", message: "Máy chủ lỗi" } }
          : lists(call.url.pathname),
    })
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toMatch(/Không tải được báo cáo: Máy chủ lỗi/)
    expect(within(alert).getByRole("button", { name: "Thử lại" })).toBeTruthy()
  })
})
