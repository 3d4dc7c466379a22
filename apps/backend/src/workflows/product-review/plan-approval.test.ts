import { describe, expect, it } from "vitest"
import type { LiveProduct } from "./live-product"
import { planApproval } from "./plan-approval"

const live: LiveProduct = {
  id: "prod_1",
  handle: "mat-ong",
  status: "published",
  thumbnail: "http://x/a.png",
  created_at: "2026-01-01T00:00:00.000Z",
  title: "Mật ong",
  title_en: "Honey",
  description: "Mật ong rừng",
  description_en: null,
  product_group: "food",
  origin_district: "bac-ha",
  images: ["http://x/a.png"],
  producer_id: "pdcr_1",
  options: [{ id: "opt_1", title: "Quy cách", values: ["Chai", "Hũ"] }],
  variants: [
    {
      id: "v1",
      title: "Chai",
      sku: "MO-1",
      price_vnd: 100000,
      price_usd: 400,
      rank: 0,
      option_values: ["Chai"],
      manage_inventory: true,
      inventory_item_id: "ii1",
    },
    {
      id: "v2",
      title: "Hũ",
      sku: null,
      price_vnd: 200000,
      price_usd: null,
      rank: 1,
      option_values: ["Hũ"],
      manage_inventory: true,
      inventory_item_id: "ii2",
    },
  ],
}

const sameVariants = live.variants.map(({ id, title, sku, price_vnd, price_usd }) => ({
  id,
  title,
  sku,
  price_vnd,
  price_usd,
}))

describe("planApproval", () => {
  it("writes nothing for fields that equal the live product", () => {
    const plan = planApproval(live, { title: "Mật ong", variants: sameVariants }, "update")
    expect(plan).toEqual({
      product_id: "prod_1",
      product: null,
      images: null,
      profile: null,
      delete_variant_ids: [],
      option_values: null,
      update_variants: [],
      price_updates: [],
      create_variants: [],
    })
  })

  it("publishes a new product even when its draft already holds the submitted fields", () => {
    expect(planApproval(live, { title: "Mật ong" }, "create").product).toEqual({ id: "prod_1", status: "published" })
  })

  it("replaces the images in their new order", () => {
    const plan = planApproval(live, { images: ["http://x/b.png", "http://x/a.png"] }, "update")
    expect(plan.product).toBeNull()
    expect(plan.images).toEqual(["http://x/b.png", "http://x/a.png"])
  })

  it("keeps the profile fields that did not change", () => {
    expect(planApproval(live, { product_group: "beverage" }, "update").profile).toEqual({
      product_id: "prod_1",
      product_group: "beverage",
      origin_district: "bac-ha",
      title_en: "Honey",
      description_en: null,
    })
  })

  it("reprices, adds and removes variants; USD cents become dollars", () => {
    const plan = planApproval(
      live,
      {
        variants: [
          { id: "v1", title: "Chai", sku: "MO-1", price_vnd: 120000, price_usd: 480 },
          { title: "Can 2 lít", sku: null, price_vnd: 500000, price_usd: null },
        ],
      },
      "update",
    )
    expect(plan.update_variants).toEqual([])
    expect(plan.price_updates).toEqual([
      {
        variant_id: "v1",
        prices: [
          { currency_code: "vnd", amount: 120000 },
          { currency_code: "usd", amount: 4.8 },
        ],
      },
    ])
    expect(plan.delete_variant_ids).toEqual(["v2"])
    expect(plan.create_variants).toEqual([
      {
        product_id: "prod_1",
        title: "Can 2 lít",
        manage_inventory: true,
        variant_rank: 1,
        options: { "Quy cách": "Can 2 lít" },
        prices: [{ currency_code: "vnd", amount: 500000 }],
      },
    ])
    expect(plan.option_values).toEqual({ product_option_id: "opt_1", values: ["Can 2 lít"] })
  })

  it("renames without touching prices, and gives a new variant a free option value", () => {
    const plan = planApproval(
      live,
      {
        variants: [
          { ...sameVariants[0]!, title: "Hũ" },
          sameVariants[1]!,
          { title: "Chai", sku: null, price_vnd: 1, price_usd: null },
        ].map((v, i) => (i === 1 ? { ...v, title: "Hũ nhỏ" } : v)),
      },
      "update",
    )
    expect(plan.update_variants).toEqual([
      { id: "v1", title: "Hũ", sku: "MO-1", variant_rank: 0 },
      { id: "v2", title: "Hũ nhỏ", sku: null, variant_rank: 1 },
    ])
    expect(plan.price_updates).toEqual([])
    // v1 still holds the value "Chai", so the new variant titled "Chai" needs another one.
    expect(plan.create_variants[0]!.options).toEqual({ "Quy cách": "Chai (2)" })
    expect(plan.option_values).toEqual({ product_option_id: "opt_1", values: ["Chai (2)"] })
  })

  it("moves variants the producer reordered", () => {
    const plan = planApproval(live, { variants: [sameVariants[1]!, sameVariants[0]!] }, "update")
    expect(plan.update_variants).toEqual([
      { id: "v2", title: "Hũ", sku: null, variant_rank: 0 },
      { id: "v1", title: "Chai", sku: "MO-1", variant_rank: 1 },
    ])
  })

  it("reuses an option value that the option already has", () => {
    const plan = planApproval(
      live,
      { variants: [sameVariants[0]!, { title: "Hũ", sku: null, price_vnd: 5, price_usd: null }] },
      "update",
    )
    expect(plan.delete_variant_ids).toEqual(["v2"])
    expect(plan.create_variants[0]!.options).toEqual({ "Quy cách": "Hũ" })
    expect(plan.option_values).toBeNull()
  })

  it("refuses a variant that is no longer part of the product", () => {
    expect(() => planApproval(live, { variants: [{ ...sameVariants[0]!, id: "v9" }] }, "update")).toThrow(
      /no longer part/,
    )
  })
})
