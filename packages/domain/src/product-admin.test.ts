import { describe, expect, it } from "vitest"
import {
  adminProductCreateSchema,
  adminVariantsBatchSchema,
  compareVariants,
  availableUnits,
  productFieldErrors,
  stockQuantitySchema,
  stockStatus,
} from "./product-admin"

describe("adminVariantsBatchSchema", () => {
  it("takes new variants with VND and USD prices, tracking stock unless told otherwise", () => {
    const batch = adminVariantsBatchSchema.parse({
      create: [{ title: "Hộp 1 kg", sku: "MAN-1KG", price_vnd: "250000", price_usd: 1000 }],
      delete: ["variant_2"],
    })
    expect(batch).toEqual({
      create: [{ title: "Hộp 1 kg", sku: "MAN-1KG", price_vnd: 250000, price_usd: 1000, manage_inventory: true }],
      update: [],
      delete: ["variant_2"],
    })
  })

  it("lets a change carry only what changes, and clears the USD price with null", () => {
    const batch = adminVariantsBatchSchema.parse({ update: [{ id: "variant_1", price_usd: null }] })
    expect(batch.update).toEqual([{ id: "variant_1", price_usd: null }])
  })

  it("refuses an empty batch, fractions of a cent, and repeated titles or SKUs, in the caller's language", () => {
    expect(productFieldErrors(adminVariantsBatchSchema.safeParse({}).error!, "en")).toEqual({ "": "Nothing to save" })
    const result = adminVariantsBatchSchema.safeParse({
      create: [
        { title: "Gói 500 g", sku: "A", price_vnd: 1000, price_usd: 6.4 },
        { title: "gói 500 g ", sku: "a", price_vnd: 1000.5 },
      ],
      update: [{ price_vnd: 1 }],
    })
    expect(productFieldErrors(result.error!, "vi")).toEqual({
      "create.0.price_usd": "Giá USD không hợp lệ: nhập số đô la, tối đa 2 chữ số thập phân (ví dụ 6.40)",
      "create.1.price_vnd": "Số tiền phải là số đồng nguyên, không âm",
      "update.0.id": "Vui lòng nhập thông tin này",
    })
    const repeated = adminVariantsBatchSchema.safeParse({
      create: [{ title: "Gói 500 g", sku: "A", price_vnd: 1000 }],
      update: [{ id: "v1", title: "gói 500 G", sku: "a" }],
    })
    expect(productFieldErrors(repeated.error!, "en")).toEqual({
      "update.0.title": "Same packaging as another variant of the product",
      "update.0.sku": "Same SKU as another variant",
    })
  })
})

describe("adminProductCreateSchema", () => {
  const product = {
    title: "Mật ong bạc hà",
    producer_id: "prod_1",
    product_group: "food",
    origin_district: "sa-pa",
    variants: [{ title: "Chai 500 ml", price_vnd: 180000, price_usd: 750 }],
  }

  it("takes a whole product, a draft with stock tracked unless told otherwise", () => {
    expect(adminProductCreateSchema.parse(product)).toMatchObject({
      status: "draft",
      variants: [{ title: "Chai 500 ml", price_vnd: 180000, price_usd: 750, manage_inventory: true }],
    })
  })

  it("refuses a product without variants and repeated packagings, on the field", () => {
    const none = adminProductCreateSchema.safeParse({ ...product, variants: [] })
    expect(productFieldErrors(none.error!, "en")).toEqual({ variants: "A product needs at least one variant" })
    const twice = adminProductCreateSchema.safeParse({
      ...product,
      variants: [...product.variants, ...product.variants],
    })
    expect(Object.keys(productFieldErrors(twice.error!, "en"))).toEqual(["variants.1.title"])
  })
})

describe("stock", () => {
  it("counts units still available over all locations, never below zero", () => {
    expect(availableUnits([{ stocked_quantity: 10, reserved_quantity: 3 }, { stocked_quantity: 5 }, null])).toBe(12)
    expect(availableUnits([{ stocked_quantity: 1, reserved_quantity: 2 }])).toBe(0)
    expect(availableUnits([])).toBe(0)
  })

  it("calls ten units or fewer low, none out", () => {
    expect([0, 1, 10, 11].map(stockStatus)).toEqual(["out", "low", "low", "ok"])
  })

  it("takes whole quantities typed as digits", () => {
    expect(stockQuantitySchema.parse("12")).toBe(12)
    expect(stockQuantitySchema.safeParse(-1).success).toBe(false)
    expect(stockQuantitySchema.safeParse("1.5").success).toBe(false)
  })
})

describe("compareVariants", () => {
  it("orders by rank, then age, then id, whatever order the variants come in", () => {
    const now = Date.now()
    const at = (ms: number) => new Date(now + ms).toISOString()
    const variants = [
      { id: "v_b", variant_rank: 1, created_at: at(0) },
      { id: "v_a", variant_rank: 1, created_at: at(0) },
      { id: "v_c", variant_rank: 0, created_at: at(5_000) },
      { id: "v_d", variant_rank: 1, created_at: new Date(now - 1_000) },
      { id: "v_e", variant_rank: null, created_at: at(9_000) },
    ]
    const expected = ["v_c", "v_e", "v_d", "v_a", "v_b"]
    expect([...variants].sort(compareVariants).map((v) => v.id)).toEqual(expected)
    expect(
      [...variants]
        .reverse()
        .sort(compareVariants)
        .map((v) => v.id),
    ).toEqual(expected)
  })
})
