import { describe, expect, it } from "vitest"
import { fieldErrors } from "./messages"
import {
  producerProductChangeSchema,
  producerProductInputSchema,
  producerStockSchema,
  productReviewRejectionSchema,
} from "./producer-products"

const product = {
  title: "Mật ong bạc hà",
  product_group: "food",
  origin_district: "bac-ha",
  variants: [{ title: "Chai 500 ml", sku: "MO-500", price_vnd: 250000, price_usd: 1000 }],
}

describe("producerProductInputSchema", () => {
  it("accepts a product and defaults its images to none", () => {
    expect(producerProductInputSchema.parse(product)).toMatchObject({ ...product, images: [] })
  })

  it("takes prices typed as digits and leaves the USD price out when blank", () => {
    const parsed = producerProductInputSchema.parse({
      ...product,
      variants: [{ title: "Chai", price_vnd: "120000", price_usd: "" }],
    })
    expect(parsed.variants[0]).toMatchObject({ price_vnd: 120000, price_usd: null })
  })

  it("refuses fractions of a dong or cent, negative prices and variant ids", () => {
    const result = producerProductInputSchema.safeParse({
      ...product,
      variants: [{ id: "variant_1", title: "Chai", price_vnd: 1000.5, price_usd: -1 }],
    })
    expect(result.success).toBe(false)
    expect(Object.keys(fieldErrors(result.error!, "en")).sort()).toEqual([
      "variants.0.id",
      "variants.0.price_usd",
      "variants.0.price_vnd",
    ])
  })

  it("needs at least one variant and a product group", () => {
    const result = producerProductInputSchema.safeParse({ ...product, product_group: "gold", variants: [] })
    expect(fieldErrors(result.error!, "vi")).toMatchObject({
      product_group: "Nhóm sản phẩm không hợp lệ",
      variants: "Vui lòng nhập thông tin này",
    })
  })

  it("reports a repeated variant title or SKU on the repeat", () => {
    const result = producerProductInputSchema.safeParse({
      ...product,
      variants: [
        { title: "Chai", sku: "A", price_vnd: 1 },
        { title: " chai ", sku: "a", price_vnd: 2 },
      ],
    })
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(["variants.1.sku", "variants.1.title"])
  })

  it("accepts only http(s) image addresses", () => {
    const result = producerProductInputSchema.safeParse({ ...product, images: ["javascript:alert(1)"] })
    expect(Object.keys(fieldErrors(result.error!))).toEqual(["images.0"])
  })
})

describe("producerProductChangeSchema", () => {
  it("accepts a single changed field", () => {
    expect(producerProductChangeSchema.parse({ title: "Mật ong" })).toEqual({ title: "Mật ong" })
  })

  it("refuses an empty change and unknown fields such as status", () => {
    expect(fieldErrors(producerProductChangeSchema.safeParse({}).error!, "en")).toEqual({
      "": "This field is required",
    })
    expect(Object.keys(fieldErrors(producerProductChangeSchema.safeParse({ status: "published" }).error!))).toEqual([
      "status",
    ])
  })

  it("lets variants carry the id of an existing variant, once", () => {
    const variant = { id: "variant_1", title: "Chai", price_vnd: 1000 }
    expect(producerProductChangeSchema.safeParse({ variants: [variant] }).success).toBe(true)
    const repeated = producerProductChangeSchema.safeParse({ variants: [variant, { ...variant, title: "Hũ" }] })
    expect(Object.keys(fieldErrors(repeated.error!))).toEqual(["variants.1.id"])
  })
})

describe("producerStockSchema", () => {
  it("accepts a whole quantity, also typed as digits", () => {
    expect(producerStockSchema.parse({ variant_id: "variant_1", quantity: "12" })).toEqual({
      variant_id: "variant_1",
      quantity: 12,
    })
  })

  it("refuses negative or fractional quantities", () => {
    expect(producerStockSchema.safeParse({ variant_id: "v", quantity: -1 }).success).toBe(false)
    expect(producerStockSchema.safeParse({ variant_id: "v", quantity: 1.5 }).success).toBe(false)
    expect(producerStockSchema.safeParse({ variant_id: "v" }).success).toBe(false)
  })
})

describe("productReviewRejectionSchema", () => {
  it("needs a comment for the producer", () => {
    expect(productReviewRejectionSchema.safeParse({}).success).toBe(false)
    expect(productReviewRejectionSchema.safeParse({ comment: "  " }).success).toBe(false)
    expect(productReviewRejectionSchema.parse({ comment: "Ảnh bị mờ" })).toEqual({ comment: "Ảnh bị mờ" })
  })
})
