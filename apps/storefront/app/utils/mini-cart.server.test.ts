import { describe, expect, it } from "vitest"
import { cartFixture as cart } from "./cart-fixture"
import { miniCartOf } from "./mini-cart.server"

const line = (id: string, quantity: number, total: number) => ({
  id,
  title: `Sản phẩm ${id}`,
  subtitle: null,
  thumbnail: null,
  variant_id: `variant_${id}`,
  variant_title: id === "a" ? "Hộp 200 g" : null,
  quantity,
  unit_price: total / quantity,
  total,
})

describe("miniCartOf", () => {
  it("counts units, not lines, and formats totals in the cart's currency", () => {
    const mini = miniCartOf(cart({ items: [line("a", 2, 300000), line("b", 1, 85000.4)], item_total: 385000.4 }), "vi")
    expect(mini.count).toBe(3)
    expect(mini.lines.map((l) => [l.title, l.variant_title, l.quantity, l.total.replace(/\s/gu, " ")])).toEqual([
      ["Sản phẩm a", "Hộp 200 g", 2, "300.000 ₫"],
      ["Sản phẩm b", null, 1, "85.000 ₫"],
    ])
    expect(mini.subtotal.replace(/\s/gu, " ")).toBe("385.000 ₫")
    expect(miniCartOf(cart({ currency_code: "usd", items: [line("a", 1, 12)], item_total: 12 }), "en").subtotal).toBe(
      "$12.00",
    )
  })

  it("is empty without a cart", () => {
    expect(miniCartOf(null, "vi")).toEqual({ count: 0, lines: [], subtotal: "" })
  })
})
