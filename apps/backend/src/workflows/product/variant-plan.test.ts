import { adminVariantsBatchSchema } from "@ocop/domain"
import { describe, expect, it } from "vitest"
import { planVariantBatch, type ProductForVariants } from "./variant-plan"

const product: ProductForVariants = {
  id: "prod_1",
  options: [
    {
      id: "opt_1",
      title: "Khối lượng",
      values: [
        { id: "v300", value: "300 g" },
        { id: "v500", value: "500 g" },
      ],
    },
  ],
  variants: [
    {
      id: "variant_1",
      title: "300 g",
      sku: "MAN-300",
      variant_rank: 0,
      prices: [
        { id: "p_vnd", currency_code: "vnd", amount: 85000 },
        { id: "p_usd", currency_code: "usd", amount: 3.4 },
        { id: "p_region", currency_code: "vnd", amount: 80000, rules_count: 1 },
      ],
    },
    {
      id: "variant_2",
      title: "500 g",
      sku: "MAN-500",
      variant_rank: 1,
      prices: [{ id: "p2_vnd", currency_code: "vnd", amount: 135000 }],
    },
  ],
}
const batch = (input: unknown) => adminVariantsBatchSchema.parse(input)

describe("planVariantBatch", () => {
  it("adds the new packaging to the product's own option and ranks new variants after the others", () => {
    const result = planVariantBatch(
      product,
      batch({
        create: [
          { title: "1 kg", price_vnd: 250000, price_usd: 1000 },
          { title: "300 g ", price_vnd: 1 },
        ],
      }),
    )
    expect(result).toEqual({ errors: { "create.1.title": "variant_title_repeated" } })
    const ok = planVariantBatch(product, batch({ create: [{ title: "1 kg", price_vnd: 250000, price_usd: 1000 }] }))
    expect("plan" in ok && ok.plan).toMatchObject({
      option: { option_id: "opt_1", add: ["1 kg"] },
      create: [
        {
          title: "1 kg",
          variant_rank: 2,
          options: { "Khối lượng": "1 kg" },
          prices: [
            { currency_code: "vnd", amount: 250000 },
            { currency_code: "usd", amount: 10 },
          ],
        },
      ],
    })
  })

  it("keeps prices it does not manage, by id, when a price changes; null takes the USD price away", () => {
    const ok = planVariantBatch(product, batch({ update: [{ id: "variant_1", price_vnd: 90000, price_usd: null }] }))
    expect("plan" in ok && ok.plan.update).toEqual([
      { id: "variant_1", prices: [{ id: "p_region" }, { id: "p_vnd", currency_code: "vnd", amount: 90000 }] },
    ])
    const usdOnly = planVariantBatch(product, batch({ update: [{ id: "variant_1", price_usd: 420 }] }))
    expect("plan" in usdOnly && usdOnly.plan.update[0]!.prices).toEqual([
      { id: "p_region" },
      { id: "p_vnd", currency_code: "vnd", amount: 85000 },
      { id: "p_usd", currency_code: "usd", amount: 4.2 },
    ])
  })

  it("refuses foreign variants, an empty product and SKUs that would repeat", () => {
    expect(planVariantBatch(product, batch({ delete: ["variant_9"] }))).toEqual({
      errors: { "delete.0": "unknown_variant" },
    })
    expect(planVariantBatch(product, batch({ delete: ["variant_1", "variant_2"] }))).toEqual({
      errors: { delete: "last_variant" },
    })
    expect(planVariantBatch(product, batch({ update: [{ id: "variant_2", sku: "man-300" }] }))).toEqual({
      errors: { "update.0.sku": "sku_repeated" },
    })
    // A renamed variant frees its old title for a new one.
    expect(
      "plan" in
        planVariantBatch(
          product,
          batch({ update: [{ id: "variant_1", title: "Túi 300 g" }], create: [{ title: "300 g", price_vnd: 1 }] }),
        ),
    ).toBe(true)
  })
})
