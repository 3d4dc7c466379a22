import { describe, expect, it } from "vitest"
import type { ShelfItem } from "../providers/counter"
import { addItem, byGroup, cartTotals, itemForCode, searchShelf, setQuantity } from "./cart"

const item = (over: Partial<ShelfItem>): ShelfItem => ({
  variant_id: "v1",
  product_id: "p1",
  product_title: "Nấm hương Sa Pa",
  product_handle: "nam-huong-sa-pa",
  variant_title: "Gói 200 g",
  sku: "NAM-HUONG-SA-PA-1",
  barcode: "8930000000011",
  thumbnail: null,
  product_group: "food",
  certificate_number: "OCOP-LC-2024-0001",
  price: 140_000,
  vat_rate: null,
  manage_inventory: true,
  stocked: 5,
  reserved: 0,
  incoming: 0,
  available: 5,
  low: false,
  ...over,
})

describe("the counter's cart", () => {
  const shelf = [
    item({}),
    item({
      variant_id: "v2",
      product_title: "Chè Shan tuyết",
      product_handle: "che",
      sku: "CHE-1",
      barcode: null,
      product_group: "beverage",
      certificate_number: null,
    }),
  ]

  it("finds products without diacritics, by barcode, SKU or the QR code of the product or its certificate", () => {
    expect(searchShelf(shelf, "nam huong").map((i) => i.variant_id)).toEqual(["v1"])
    expect(searchShelf(shelf, "CHE SHAN").map((i) => i.variant_id)).toEqual(["v2"])
    expect(searchShelf(shelf, "").length).toBe(2)
    expect(itemForCode(shelf, "8930000000011")?.variant_id).toBe("v1")
    expect(itemForCode(shelf, "che-1")?.variant_id).toBe("v2")
    expect(itemForCode(shelf, "https://shop.example/products/che")?.variant_id).toBe("v2")
    expect(itemForCode(shelf, "https://shop.example/verify/OCOP-LC-2024-0001")?.variant_id).toBe("v1")
    expect(itemForCode(shelf, "nothing")).toBeNull()
    expect([...byGroup(shelf).keys()]).toEqual(["food", "beverage"])
  })

  it("adds, counts and removes lines and totals them as the server does", () => {
    let lines = addItem([], shelf[0]!)
    lines = addItem(lines, shelf[0]!)
    lines = addItem(lines, shelf[1]!)
    expect(lines.map((l) => l.quantity)).toEqual([2, 1])
    lines = setQuantity(lines, "v2", 0)
    expect(lines).toHaveLength(1)
    const totals = cartTotals(lines, 10_000)!
    expect(totals.total).toBe(270_000)
    expect(totals.vat_total).toBe(Math.round((270_000 * 10) / 110))
    expect(cartTotals(lines, 1_000_000)).toBeNull()
  })
})
