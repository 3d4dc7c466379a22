import { describe, expect, it } from "vitest"
import { isProductGroupCode, PRODUCT_GROUP_CODES, productGroupName } from "./product-groups"

describe("product groups", () => {
  it("has the six groups of the national criteria", () => {
    expect(PRODUCT_GROUP_CODES).toEqual(["food", "beverage", "herbal", "textile", "souvenir", "tourism"])
  })

  it("names groups in Vietnamese and English", () => {
    expect(productGroupName("food", "vi")).toBe("Thực phẩm")
    expect(productGroupName("beverage", "vi")).toBe("Đồ uống")
    expect(productGroupName("herbal", "vi")).toBe("Thảo dược")
    expect(productGroupName("textile", "vi")).toBe("Vải và may mặc")
    expect(productGroupName("souvenir", "vi")).toBe("Lưu niệm – nội thất – trang trí")
    expect(productGroupName("tourism", "vi")).toBe("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch")
    expect(productGroupName("beverage", "en")).toBe("Beverages")
  })

  it("recognises codes only", () => {
    expect(isProductGroupCode("herbal")).toBe(true)
    expect(isProductGroupCode("Thảo dược")).toBe(false)
    expect(() => productGroupName("drinks" as never, "vi")).toThrow(RangeError)
  })
})
