import { describe, expect, it } from "vitest"
import { BUYER_CART_METADATA_KEYS, buyerCartMetadataSchema } from "./buyer-metadata"

describe("buyer cart metadata", () => {
  it("takes the storefront's delivery and payment choices", () => {
    expect(BUYER_CART_METADATA_KEYS).toEqual(["fulfilment", "payment_method"])
    expect(buyerCartMetadataSchema.safeParse({ fulfilment: "pickup", payment_method: "vietqr" }).success).toBe(true)
  })

  it("refuses staff fields and unknown values", () => {
    expect(buyerCartMetadataSchema.safeParse({ cancel_reason: "x" }).success).toBe(false)
    expect(buyerCartMetadataSchema.safeParse({ canceled_by: "user_1" }).success).toBe(false)
    expect(buyerCartMetadataSchema.safeParse({ payment_method: "free" }).success).toBe(false)
  })
})
