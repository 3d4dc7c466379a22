import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import type { StaffDashboard } from "@ocop/domain"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { renderAdmin } from "../test-utils"
import { Dashboard } from "./Dashboard"

beforeAll(() => {
  // jsdom measures nothing; the charts' container only needs the observer to exist.
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  )
})

const figures = (revenue: number, orders: number, units: number) => ({ revenue, revenue_usd: 0, orders, units })

const FULL: StaffDashboard = {
  today: "2026-12-05",
  month_from: "2026-12-01",
  sections: ["sales", "operations", "register"],
  sales: {
    today: figures(740_000, 3, 8),
    month: { ...figures(12_500_000, 41, 97), revenue_usd: 1404 },
    channels: [
      {
        key: "online",
        label: "Trực tuyến",
        kind: "online",
        today: figures(440_000, 2, 6),
        month: figures(8_000_000, 30, 60),
      },
      {
        key: "sc_sapa",
        label: "Điểm bán Sa Pa",
        kind: "showroom",
        today: figures(300_000, 1, 2),
        month: figures(4_500_000, 11, 37),
      },
    ],
    days: [
      { day: "2026-12-01", revenue: 1_000_000, orders: 3 },
      { day: "2026-12-05", revenue: 740_000, orders: 3 },
    ],
    top_products: [{ key: "prod_1", label: "Trà Shan tuyết Tả Van", revenue: 2_400_000, units: 20 }],
  },
  operations: {
    orders_to_handle: 4,
    pickups_waiting: 1,
    registers_open: 2,
    low_stock_count: 6,
    low_stock: [
      {
        place_id: "pos_1",
        place: "Điểm bán Sa Pa",
        product_id: "prod_2",
        product: "Mật ong bạc hà",
        variant: "Chai 500 ml",
        available: 2,
        threshold: 5,
      },
    ],
  },
  register: {
    certificates_expiring: 5,
    reviews_waiting: 7,
    producers_without_valid_product: 2,
    producers_without: [{ id: "pdcr_1", name: "HTX Thử nghiệm Bắc Hà" }],
  },
}

const withSections = (sections: StaffDashboard["sections"]): StaffDashboard => ({
  ...FULL,
  sections,
  sales: sections.includes("sales") ? FULL.sales : undefined,
  operations: sections.includes("operations") ? FULL.operations : undefined,
  register: sections.includes("register") ? FULL.register : undefined,
})

/** Answers the dashboard and the two list counts the register part still reads. */
const replyWith = (dashboard: StaffDashboard) => (call: { url: URL }) => {
  if (call.url.pathname === "/admin/dashboard") return { json: dashboard }
  if (call.url.pathname === "/admin/producers") return { json: { producers: [{ id: "p" }], count: 41 } }
  return { json: { certifications: [{ id: "c" }], count: 1234 } }
}

describe("the staff dashboard", () => {
  it("shows an administrator sales by channel, the work waiting and the register's, from one request", async () => {
    const { calls } = renderAdmin(<Dashboard />, { reply: replyWith(FULL) })
    const sales = await screen.findByRole("region", { name: "Doanh số" })
    expect(within(within(sales).getByRole("region", { name: "Doanh thu hôm nay" })).getByText("740.000 ₫")).toBeTruthy()
    const month = within(sales).getByRole("region", { name: "Doanh thu tháng này" })
    expect(within(month).getByText("12.500.000 ₫")).toBeTruthy()
    expect(within(month).getByText("41 đơn, 97 sản phẩm và $14.04 đơn bằng đô la Mỹ")).toBeTruthy()
    // Outside a router react-admin's button keeps its target in `to`; in the console it is the link's href.
    const report = within(month).getByLabelText("Xem báo cáo doanh số")
    expect(report.getAttribute("href") ?? report.getAttribute("to")).toContain(
      "/reports?from=2026-12-01&to=2026-12-05&group_by=sales_channel",
    )
    const table = within(sales).getByRole("table", { name: "Theo kênh bán trong tháng" })
    const showroom = within(table).getByText("Điểm bán Sa Pa (Điểm bán)").closest("tr")!
    expect(within(showroom).getByText("300.000 ₫")).toBeTruthy()
    expect(within(showroom).getByText("4.500.000 ₫")).toBeTruthy()
    // Online sales are one row, named by the console, whatever the API called it.
    const online = within(table).getByText("Trực tuyến").closest("tr")!
    expect(within(online).getByText("8.000.000 ₫")).toBeTruthy()
    expect(within(sales).getByRole("img", { name: "Doanh thu từng ngày trong tháng" })).toBeTruthy()
    expect(within(sales).getByText("1. Trà Shan tuyết Tả Van")).toBeTruthy()

    const work = screen.getByRole("region", { name: "Việc cần làm" })
    expect(within(within(work).getByRole("region", { name: "Đơn trực tuyến cần xử lý" })).getByText("4")).toBeTruthy()
    expect(within(within(work).getByRole("region", { name: "Quầy thu ngân đang mở" })).getByText("2")).toBeTruthy()
    expect(within(work).getByText("Điểm bán Sa Pa: còn 2 (ngưỡng 5)")).toBeTruthy()

    const register = screen.getByRole("region", { name: "Sổ đăng ký OCOP" })
    expect(
      within(within(register).getByRole("region", { name: "Thay đổi sản phẩm chờ duyệt" })).getByText("7"),
    ).toBeTruthy()
    expect(await within(register).findByText("1.234")).toBeTruthy()
    expect(within(register).getByRole("link", { name: "HTX Thử nghiệm Bắc Hà" }).getAttribute("href")).toContain(
      "/producers/pdcr_1/show",
    )
    expect(calls.filter((c) => c.url.pathname === "/admin/dashboard")).toHaveLength(1)
  })

  it("shows trade promotion no register part and never asks for certificates", async () => {
    const { calls } = renderAdmin(<Dashboard />, {
      role: "trade_promotion",
      reply: replyWith(withSections(["sales", "operations"])),
    })
    expect(await screen.findByRole("region", { name: "Việc cần làm" })).toBeTruthy()
    expect(screen.queryByRole("region", { name: "Sổ đăng ký OCOP" })).toBeNull()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/admin/dashboard"])
  })

  it("asks nothing for a clerk, whose home is the counter", async () => {
    const { calls } = renderAdmin(<Dashboard />, { role: "pos_clerk" })
    expect(await screen.findByText(/Chào mừng/)).toBeTruthy()
    expect(calls).toEqual([])
  })

  it("says when nothing sold this month", async () => {
    const quiet = withSections(["sales"])
    quiet.sales = { ...quiet.sales!, today: figures(0, 0, 0), month: figures(0, 0, 0), top_products: [] }
    renderAdmin(<Dashboard />, { role: "ocop_office", reply: replyWith(quiet) })
    expect(await screen.findByText("Chưa có doanh số nào trong tháng này.")).toBeTruthy()
  })

  it("says the figures could not be read and asks again on request", async () => {
    let fail = true
    const { calls } = renderAdmin(<Dashboard />, {
      reply: (call) => (fail ? { status: 500, json: { message: "boom" } } : replyWith(FULL)(call)),
    })
    expect(await screen.findByText("Không tải được số liệu. Hãy thử tải lại trang.")).toBeTruthy()
    fail = false
    fireEvent.click(screen.getByRole("button", { name: "Tải lại" }))
    expect(await screen.findByRole("region", { name: "Doanh số" })).toBeTruthy()
    await waitFor(() => expect(calls.filter((c) => c.url.pathname === "/admin/dashboard")).toHaveLength(2))
  })
})
