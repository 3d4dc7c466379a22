import { fireEvent, screen, waitFor } from "@testing-library/react"
import { RecordContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderAdmin } from "../test-utils"
import { ProductStock, stockChanges } from "./ProductStock"

const record = {
  id: "prod_1",
  variants: [
    { id: "variant_1", title: "Gói 500 g", price: 150000, manage_inventory: true, inventory_item_id: "iitem_1" },
    { id: "variant_2", title: "Gói 1 kg", price: 280000, manage_inventory: false, inventory_item_id: null },
  ],
}

function reply(call: RecordedCall) {
  if (call.url.pathname === "/admin/stock-locations") {
    return {
      json: {
        stock_locations: [
          { id: "sloc_sapa", name: "Điểm bán OCOP Sa Pa", metadata: { point_of_sale: "sa-pa" } },
          { id: "sloc_kho", name: "Kho Lào Cai", metadata: null },
        ],
      },
    }
  }
  if (call.url.pathname === "/admin/inventory-items") {
    return {
      json: {
        inventory_items: [
          { id: "iitem_1", location_levels: [{ location_id: "sloc_kho", stocked_quantity: 40, reserved_quantity: 3 }] },
        ],
      },
    }
  }
  return { json: { created: [], updated: [], deleted: [] } }
}

const renderStock = (role: string) =>
  renderAdmin(
    <RecordContextProvider value={record}>
      <ProductStock />
    </RecordContextProvider>,
    { role, reply },
  )

describe("ProductStock", () => {
  it("shows stock per place, warehouse first, and saves what was typed in one batch", async () => {
    const { calls } = renderStock("ocop_office")
    const warehouse = (await screen.findByRole("textbox", {
      name: "Tồn kho Gói 500 g tại Kho Lào Cai",
    })) as HTMLInputElement
    expect(warehouse.value).toBe("40")
    expect(screen.getByText("đã giữ cho đơn: 3")).toBeTruthy()
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Quy cách",
      "Kho Lào Cai",
      "Điểm bán OCOP Sa Pa",
    ])
    expect(screen.getByText(/Quy cách "Gói 1 kg" không theo dõi tồn kho/)).toBeTruthy()

    const showroom = screen.getByRole("textbox", { name: "Tồn kho Gói 500 g tại Điểm bán OCOP Sa Pa" })
    fireEvent.change(showroom, { target: { value: "1,5" } })
    expect(screen.getByText("Số lượng phải là số nguyên từ 0 trở lên")).toBeTruthy()
    const save = screen.getByRole("button", { name: "Lưu tồn kho" }) as HTMLButtonElement
    expect(save.disabled).toBe(true)

    fireEvent.change(showroom, { target: { value: "12" } })
    fireEvent.change(warehouse, { target: { value: "35" } })
    fireEvent.click(save)
    await waitFor(() =>
      expect(calls.some((c) => c.url.pathname === "/admin/inventory-items/location-levels/batch")).toBe(true),
    )
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({
      create: [{ inventory_item_id: "iitem_1", location_id: "sloc_sapa", stocked_quantity: 12 }],
      update: [{ inventory_item_id: "iitem_1", location_id: "sloc_kho", stocked_quantity: 35 }],
    })
  })

  it("lets trade promotion read stock but not change it", async () => {
    renderStock("trade_promotion")
    const warehouse = (await screen.findByRole("textbox", {
      name: "Tồn kho Gói 500 g tại Kho Lào Cai",
    })) as HTMLInputElement
    expect(warehouse.disabled).toBe(true)
    expect(screen.getByText("Bạn chỉ có quyền xem tồn kho.")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Lưu tồn kho" })).toBeNull()
  })
})

describe("stockChanges", () => {
  const table = { places: [], levels: { iitem_1: { sloc_kho: { stocked: 40, reserved: 0 } } } }
  it("keeps only quantities that differ from what is stored, and refuses a bad one", () => {
    expect(stockChanges(table, { iitem_1: { sloc_kho: "40", sloc_sapa: "" } })).toEqual([])
    expect(stockChanges(table, { iitem_1: { sloc_kho: " 0 " } })).toEqual([
      { inventory_item_id: "iitem_1", location_id: "sloc_kho", stocked_quantity: 0, exists: true },
    ])
    expect(stockChanges(table, { iitem_1: { sloc_kho: "-1" } })).toBeNull()
    // Emptying a stocked cell is not "zero": the office must type 0.
    expect(stockChanges(table, { iitem_1: { sloc_kho: "" } })).toBeNull()
  })
})
