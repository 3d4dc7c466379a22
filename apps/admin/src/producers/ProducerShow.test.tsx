import { fireEvent, render, screen, within } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { Route, Routes } from "react-router-dom"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderConsole } from "../test-console"
import { ProducerShow } from "./ProducerShow"

const producer = {
  id: "pdcr_1",
  name: "HTX Chè Shan tuyết Tả Phìn",
  kind: "cooperative",
  district: "sa-pa",
  status: "active",
  photos: [],
  products: [{ id: "prod_1", title: "Chè Shan tuyết", handle: "che", status: "published" }],
  certifications: [
    {
      id: "cert_1",
      certificate_number: "OCOP-2023-15",
      star_level: 4,
      status: "valid",
      valid_until: "2026-03-14",
      product: { id: "prod_1", title: "Chè Shan tuyết" },
    },
  ],
}

function api(call: RecordedCall) {
  const path = call.url.pathname
  if (path === "/admin/producers/pdcr_1") return { json: { producer } }
  if (path === "/admin/ocop-products") {
    return {
      json: {
        ocop_products: [
          {
            id: "prod_1",
            title: "Chè Shan tuyết",
            producer_id: "pdcr_1",
            star_level: 4,
            is_certified: true,
            published: true,
            min_price: 120000,
          },
        ],
        count: 1,
      },
    }
  }
  if (path === "/admin/producers/pdcr_1/sales") {
    const zero = { orders: 0, units: 0, revenue_vnd: 0, revenue_usd: 0 }
    return {
      json: { sales: { producer_id: "pdcr_1", this_month: zero, this_year: zero, all_time: zero, by_month: [] } },
    }
  }
  return { json: {} }
}

function renderShow(role: string, at = "/producers/pdcr_1/show") {
  const { calls } = renderConsole(
    <ResourceContextProvider value="producers">
      <Routes>
        <Route path="/producers/:id/show/*" element={<ProducerShow />} />
      </Routes>
    </ResourceContextProvider>,
    { reply: api, permissions: role, at },
  )
  return calls
}

describe("ProducerShow", () => {
  it("gives the office tabs for details, products, certificates, sales and shop accounts", async () => {
    renderShow("ocop_office")
    const tabs = await screen.findByRole("tablist")
    expect(
      within(tabs)
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual(["Thông tin", "Sản phẩm", "Giấy chứng nhận", "Doanh số", "Tài khoản gian hàng"])
    expect(await screen.findByText("HTX Chè Shan tuyết Tả Phìn")).toBeTruthy()
  })

  it("lists the producer's products with their stars, from the OCOP product list", async () => {
    const calls = renderShow("ocop_office", "/producers/pdcr_1/show/products")
    expect(await screen.findByText("Chè Shan tuyết")).toBeTruthy()
    expect(screen.getByRole("img", { name: "4 sao" })).toBeTruthy()
    const list = calls.find((c) => c.url.pathname === "/admin/ocop-products")!
    expect(list.url.searchParams.get("producer_id")).toBe("pdcr_1")
  })

  it("lists the certificates of its products", async () => {
    renderShow("ocop_office", "/producers/pdcr_1/show/certifications")
    expect(await screen.findByText("OCOP-2023-15")).toBeTruthy()
    expect(screen.getByText("Còn hiệu lực")).toBeTruthy()
    expect(screen.getByText("14/03/2026")).toBeTruthy()
  })

  it("offers trade promotion no certificates tab, but the sales", async () => {
    renderShow("trade_promotion")
    const tabs = await screen.findByRole("tablist")
    expect(within(tabs).queryByRole("tab", { name: "Giấy chứng nhận" })).toBeNull()
    fireEvent.click(within(tabs).getByRole("tab", { name: "Doanh số" }))
    expect(await screen.findByText("Chưa có đơn hàng nào có sản phẩm của chủ thể này.")).toBeTruthy()
  })
})
