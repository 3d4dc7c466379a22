import { describe, expect, it } from "vitest"
import { isProducerKind, PRODUCER_KIND_CODES, PRODUCER_STATUSES, producerKindName } from "./producer-kinds"

describe("producer kinds", () => {
  it("has the five kinds of producer", () => {
    expect(PRODUCER_KIND_CODES).toEqual([
      "cooperative",
      "cooperative_group",
      "joint_stock_company",
      "limited_company",
      "household",
    ])
    expect(PRODUCER_STATUSES).toEqual(["active", "suspended"])
  })

  it("names kinds in Vietnamese and English", () => {
    expect(producerKindName("cooperative", "vi")).toBe("Hợp tác xã")
    expect(producerKindName("cooperative_group", "vi")).toBe("Tổ hợp tác")
    expect(producerKindName("joint_stock_company", "vi")).toBe("Công ty Cổ phần")
    expect(producerKindName("limited_company", "vi")).toBe("Công ty TNHH")
    expect(producerKindName("household", "vi")).toBe("Hộ sản xuất có đăng ký kinh doanh")
    expect(producerKindName("cooperative", "en")).toBe("Cooperative")
  })

  it("recognises codes only", () => {
    expect(isProducerKind("household")).toBe(true)
    expect(isProducerKind("company")).toBe(false)
  })
})
