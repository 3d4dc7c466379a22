import { screen } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { ProductList } from "./ProductList"

const product = {
  id: "prod_1",
  title: "Mận tam hoa Bắc Hà",
  product_group: "food",
  origin_district: "bac-ha",
  producer_id: "pdcr_1",
  star_level: 4,
  is_certified: true,
  published: true,
  min_price: 90000,
  min_price_usd: 360,
  stock_available: 7,
}

function renderList(role: string) {
  return renderAdmin(
    <ResourceContextProvider value="products">
      <ProductList />
    </ResourceContextProvider>,
    {
      role,
      reply: (call) =>
        call.url.pathname === "/admin/producers"
          ? { json: { producers: [{ id: "pdcr_1", name: "HTX Bắc Hà" }], count: 1 } }
          : { json: { ocop_products: [product], count: 1 } },
    },
  )
}

describe("ProductList", () => {
  it("shows OCOP products with group, district, producer and VND price", async () => {
    const { calls } = renderList("ocop_office")
    expect(await screen.findByText("Mận tam hoa Bắc Hà")).toBeTruthy()
    expect(screen.getByText("Huyện Bắc Hà")).toBeTruthy()
    expect(screen.getByText("90.000 ₫")).toBeTruthy()
    expect(screen.getByText("$3.60")).toBeTruthy()
    expect(screen.getByText("7")).toBeTruthy()
    expect(await screen.findByText("HTX Bắc Hà")).toBeTruthy()
    expect(screen.getByRole("button", { name: "Ngừng đăng bán" })).toBeTruthy()
    expect(await screen.findByRole("button", { name: "Nhập từ tệp" })).toBeTruthy()
    expect(calls[0]?.url.pathname).toBe("/admin/ocop-products")
  })

  it("lets trade-promotion staff read but not publish or create", async () => {
    renderList("trade_promotion")
    expect(await screen.findByText("Mận tam hoa Bắc Hà")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Ngừng đăng bán" })).toBeNull()
    expect(screen.queryByRole("link", { name: /Tạo mới/ })).toBeNull()
    expect(screen.queryByRole("button", { name: "Nhập từ tệp" })).toBeNull()
  })
})
