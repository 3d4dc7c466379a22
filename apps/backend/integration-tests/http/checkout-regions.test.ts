import { describe, expect, it } from "vitest"
import { INTERNATIONAL_COUNTRY_CODES } from "@ocop/domain"
import { api } from "./helpers"
import { readyCart, seededStore, sqlRows } from "./checkout-helpers"

describe("regions, prices and delivery for checkout (seed)", () => {
  it("sells in Việt Nam (VND) and Quốc tế (USD), both tax-inclusive", async () => {
    const { key } = await seededStore()
    const res = await api("/store/regions?fields=name,currency_code,countries.iso_2,payment_providers.id", { key })
    const byName = Object.fromEntries(res.body.regions.map((r: any) => [r.name, r]))
    expect(byName["Việt Nam"].currency_code).toBe("vnd")
    expect(byName["Quốc tế"].currency_code).toBe("usd")
    expect(byName["Quốc tế"].countries.map((c: any) => c.iso_2).sort()).toEqual([...INTERNATIONAL_COUNTRY_CODES].sort())
    expect(byName["Việt Nam"].payment_providers.map((p: any) => p.id).sort()).toEqual([
      "pp_system_default",
      "pp_vietqr_vietqr",
    ])
    const prefs = await sqlRows<{ value: string; inc: boolean }>(
      "SELECT value, is_tax_inclusive AS inc FROM price_preference WHERE attribute = 'currency_code' AND deleted_at IS NULL",
    )
    expect(
      prefs
        .filter((p) => p.inc)
        .map((p) => p.value)
        .sort(),
    ).toEqual(["usd", "vnd"])
  })

  it("prices every demo variant in USD at the sample rate, in cents", async () => {
    const rows = await sqlRows<{ missing: number; bad: number }>(`
      SELECT count(*) FILTER (WHERE usd.amount IS NULL)::int AS missing,
             count(*) FILTER (WHERE usd.amount <> round(vnd.amount / 250.0) / 100.0 AND usd.amount <> 0.01)::int AS bad
      FROM product p
      JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
      JOIN product_variant_price_set l ON l.variant_id = v.id AND l.deleted_at IS NULL
      JOIN price vnd ON vnd.price_set_id = l.price_set_id AND vnd.currency_code = 'vnd' AND vnd.rules_count = 0 AND vnd.deleted_at IS NULL
      LEFT JOIN price usd ON usd.price_set_id = l.price_set_id AND usd.currency_code = 'usd' AND usd.deleted_at IS NULL
      WHERE (p.metadata->>'sample_data')::boolean IS TRUE AND p.deleted_at IS NULL`)
    expect(rows[0]).toEqual({ missing: 0, bad: 0 })
  })

  it("offers home delivery and pickup at the three showrooms in Vietnam, delivery only abroad, in USD", async () => {
    const { key, vnRegionId, intlRegionId } = await seededStore()
    const product = await api("/store/products?handle=nam-huong-sa-pa", { key })
    const variantId = product.body.products[0].variants[0].id
    const cart = await api("/store/carts", {
      key,
      body: { region_id: vnRegionId, items: [{ variant_id: variantId, quantity: 1 }] },
    })
    await api(`/store/carts/${cart.body.cart.id}`, {
      key,
      body: { shipping_address: { country_code: "vn", province: "Lào Cai" } },
    })
    const vn = await api(`/store/shipping-options?cart_id=${cart.body.cart.id}`, { key })
    const names = vn.body.shipping_options.map((o: any) => [o.name, o.amount])
    expect(names).toEqual(
      expect.arrayContaining([
        ["Giao hàng tiêu chuẩn", 30_000],
        ["Nhận tại Điểm bán OCOP Sa Pa", 0],
        ["Nhận tại Điểm bán OCOP Bắc Hà", 0],
        ["Nhận tại Điểm bán OCOP TP Lào Cai", 0],
      ]),
    )
    const points = await api("/store/pickup-points", { key })
    expect(points.body.pickup_points.map((p: any) => p.code).sort()).toEqual(["bac-ha", "lao-cai-city", "sa-pa"])
    const sapa = points.body.pickup_points.find((p: any) => p.code === "sa-pa")
    expect(sapa.address_parts).toEqual({
      address_1: expect.stringContaining("Cầu Mây"),
      city: "Phường Sa Pa",
      province: "Lào Cai",
    })

    const intlCart = await readyCart(key, {
      regionId: intlRegionId,
      items: [{ variant_id: variantId, quantity: 2 }],
      provider: "pp_system_default",
      address: {
        first_name: "Jane",
        last_name: "Doe",
        phone: "+1 415 555 0100",
        address_1: "1 Market St",
        city: "San Francisco",
        postal_code: "94110",
        country_code: "us",
      },
    })
    const done = await api(`/store/carts/${intlCart}/complete`, { key, method: "POST" })
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    expect(done.body.order.currency_code).toBe("usd")
    const unit = done.body.order.items[0].unit_price
    expect(Math.round(unit * 100)).toBe(unit * 100)
    expect(done.body.order.total).toBeCloseTo(2 * unit + 25, 2)
  })
})
