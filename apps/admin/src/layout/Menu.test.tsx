import { screen } from "@testing-library/react"
import { ResourceDefinitionContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../test-console"
import { Menu } from "./Menu"

// Every resource App.tsx declares: all are declared for everyone, the menu decides what shows.
const definitions = Object.fromEntries(
  [
    "producers",
    "certifications",
    "products",
    "product-reviews",
    "orders",
    "staff",
    "points-of-sale",
    "stock-transfers",
    "producer-products",
    "producer-stock",
    "producer-orders",
    "producer-events",
    "producer-leads",
    "producer-profile",
  ].map((name) => [name, { name, hasList: true }]),
)

function renderMenu(permissions: string) {
  return renderConsole(
    <ResourceDefinitionContextProvider definitions={definitions}>
      <Menu />
    </ResourceDefinitionContextProvider>,
    { permissions },
  )
}

const STAFF_ITEMS = [
  /Chủ thể OCOP/,
  /Giấy chứng nhận/,
  /^Sản phẩm$/,
  /Duyệt sản phẩm/,
  /^Đơn hàng$/,
  /Tài khoản cán bộ/,
  /^Quầy bán hàng$/,
  /^Điểm bán$/,
  /^Phiếu chuyển kho$/,
  /^Báo cáo bán hàng$/,
  /^Chương trình OCOP$/,
  /^Catalogue in$/,
  /^Thanh toán cho chủ thể$/,
]
// Staff have an 'Đơn hàng' item of their own, so the producer's items are told apart by the others.
const PRODUCER_ONLY_ITEMS = [/Sản phẩm của tôi/, /Tồn kho/, /Khách hàng tiềm năng/, /Hồ sơ chủ thể/]

describe("Menu by actor", () => {
  it("shows a producer only its own console", async () => {
    renderMenu("producer")
    expect(await screen.findByRole("menuitem", { name: /Sản phẩm của tôi/ })).toBeTruthy()
    const names = screen.getAllByRole("menuitem").map((item) => item.textContent)
    expect(names).toEqual([
      "Tổng quan",
      "Sản phẩm của tôi",
      "Tồn kho",
      "Đơn hàng",
      "Sự kiện",
      "Khách hàng tiềm năng",
      "Hồ sơ chủ thể",
      "Bảng kê thanh toán",
    ])
    for (const name of [/Chủ thể OCOP/, /Giấy chứng nhận/, /Duyệt sản phẩm/, /Tài khoản cán bộ/]) {
      expect(screen.queryByRole("menuitem", { name })).toBeNull()
    }
  })

  it("shows the administrator every staff item and no producer item", async () => {
    renderMenu("admin")
    expect(await screen.findByRole("menuitem", { name: /Tài khoản cán bộ/ })).toBeTruthy()
    for (const name of STAFF_ITEMS) expect(screen.getByRole("menuitem", { name })).toBeTruthy()
    for (const name of PRODUCER_ONLY_ITEMS) expect(screen.queryByRole("menuitem", { name })).toBeNull()
    expect(screen.getAllByRole("menuitem")).toHaveLength(1 + STAFF_ITEMS.length)
  })

  it("gives the OCOP office the review queue and no producer item", async () => {
    renderMenu("ocop_office")
    expect(await screen.findByRole("menuitem", { name: /Duyệt sản phẩm/ })).toBeTruthy()
    for (const name of PRODUCER_ONLY_ITEMS) expect(screen.queryByRole("menuitem", { name })).toBeNull()
  })

  it("gives trade promotion the sales report and no producer item", async () => {
    renderMenu("trade_promotion")
    expect(await screen.findByRole("menuitem", { name: /Chủ thể OCOP/ })).toBeTruthy()
    expect(await screen.findByRole("menuitem", { name: /Báo cáo bán hàng/ })).toBeTruthy()
    for (const name of PRODUCER_ONLY_ITEMS) expect(screen.queryByRole("menuitem", { name })).toBeNull()
  })

  it("gives a counter clerk the counter, its places and their transfers, nothing else", async () => {
    renderMenu("pos_clerk")
    expect(await screen.findByRole("menuitem", { name: /^Quầy bán hàng$/ })).toBeTruthy()
    const names = screen.getAllByRole("menuitem").map((item) => item.textContent)
    expect(names).toEqual(["Tổng quan", "Quầy bán hàng", "Điểm bán", "Phiếu chuyển kho"])
  })
})
