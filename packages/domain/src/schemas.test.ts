import { describe, expect, it } from "vitest"
import type { z } from "zod"
import {
  districtSchema,
  emailSchema,
  handleSchema,
  isoDateSchema,
  productGroupSchema,
  scoreSchema,
  starLevelSchema,
  urlSchema,
  vietnamesePhoneSchema,
  vndAmountSchema,
} from "./schemas"

/** The issue messages (domain codes) a schema gives for `value`, or [] when it parses. */
function codes(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe("starLevelSchema", () => {
  it("accepts 3–5 as numbers or numeric strings", () => {
    expect(starLevelSchema.parse(4)).toBe(4)
    expect(starLevelSchema.parse("5")).toBe(5)
    expect(starLevelSchema.parse(" 3 ")).toBe(3)
  })

  it.each([1, 2, 6, "2", "3.5", 3.5, "abc", "", null])("rejects %j as invalid_star_level", (value) => {
    expect(codes(starLevelSchema, value)).toEqual([value === null ? "required" : "invalid_star_level"])
  })

  it("reports a missing value as required", () => {
    expect(codes(starLevelSchema, undefined)).toEqual(["required"])
  })
})

describe("scoreSchema", () => {
  it("accepts 0–100, decimals and numeric strings", () => {
    expect(scoreSchema.parse(0)).toBe(0)
    expect(scoreSchema.parse("72.5")).toBe(72.5)
    expect(scoreSchema.parse(100)).toBe(100)
  })

  it.each([-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY, "", "ninety"])("rejects %j", (value) => {
    expect(codes(scoreSchema, value)).toEqual(["score_out_of_range"])
  })
})

describe("code lists", () => {
  it("accept known codes and name the field in the error", () => {
    expect(productGroupSchema.parse("herbal")).toBe("herbal")
    expect(codes(productGroupSchema, "drinks")).toEqual(["invalid_product_group"])
    expect(districtSchema.parse("si-ma-cai")).toBe("si-ma-cai")
    expect(codes(districtSchema, "yen-bai")).toEqual(["invalid_district"])
    expect(codes(districtSchema, undefined)).toEqual(["required"])
  })
})

describe("vietnamesePhoneSchema", () => {
  it("outputs the normalised national form", () => {
    expect(vietnamesePhoneSchema.parse("+84 91 234 5678")).toBe("0912345678")
    expect(codes(vietnamesePhoneSchema, "0212345678")).toEqual(["invalid_phone"])
  })
})

describe("handleSchema", () => {
  it.each(["nam-huong-sa-pa", "htx-che-shan-tuyet", "a1", "x".repeat(100)])("accepts %j", (handle) => {
    expect(handleSchema.parse(handle)).toBe(handle)
  })

  it.each(["Nam-huong", "nam--huong", "-nam", "nam-", "nấm", "nam huong", "a", "nam_huong"])("rejects %j", (handle) => {
    expect(codes(handleSchema, handle)).toContain("invalid_handle")
  })

  it("rejects handles over 100 characters", () => {
    expect(codes(handleSchema, "x".repeat(101))).toEqual(["too_long"])
  })
})

describe("vndAmountSchema", () => {
  it("accepts non-negative whole đồng, also as digit strings", () => {
    expect(vndAmountSchema.parse(150000)).toBe(150000)
    expect(vndAmountSchema.parse("150000")).toBe(150000)
    expect(vndAmountSchema.parse(0)).toBe(0)
  })

  it.each([1.5, -1, "150.000", "", 2 ** 53])("rejects %j", (value) => {
    expect(codes(vndAmountSchema, value)).toEqual(["not_whole_dong"])
  })
})

describe("isoDateSchema", () => {
  it("accepts real days and keeps the string", () => {
    expect(isoDateSchema.parse("2024-02-29")).toBe("2024-02-29")
    expect(isoDateSchema.parse(" 2021-03-15 ")).toBe("2021-03-15")
  })

  it.each(["2021-02-29", "2021-02-31", "2021-3-1", "15/03/2021", "2021-03-15T00:00:00Z"])("rejects %j", (value) => {
    expect(codes(isoDateSchema, value)).toEqual(["invalid_date"])
  })
})

describe("emailSchema and urlSchema", () => {
  it("trim and check", () => {
    expect(emailSchema.parse(" HTX.Que@Example.vn ")).toBe("htx.que@example.vn")
    expect(codes(emailSchema, "not-an-email")).toEqual(["invalid_email"])
    expect(urlSchema.parse("https://cdn.example.vn/a.jpg")).toBe("https://cdn.example.vn/a.jpg")
    expect(codes(urlSchema, "javascript:alert(1)")).toEqual(["invalid_url"])
    expect(codes(urlSchema, "/relative.jpg")).toEqual(["invalid_url"])
  })
})
