import { certificationInputSchema, producerInputSchema } from "@ocop/domain"
import { describe, expect, it } from "vitest"
import { nestErrors, zodFormValidator } from "./zod-validator"

const certificate = {
  product_id: "prod_01",
  star_level: 4,
  score: 75,
  certificate_number: "GCN-2021-015",
  decision_number: "1234/QĐ-UBND",
  decision_date: "2021-09-15",
  issuing_level: "provincial",
  valid_from: "2021-09-15",
  valid_until: null, // a cleared DateInput
  // record fields the form carries but the schema must not see
  id: "cert_1",
  status: "valid",
  product: { id: "prod_01", title: "Nấm hương Sa Pa" },
}

describe("zodFormValidator with certificationInputSchema", () => {
  const validateVi = zodFormValidator(certificationInputSchema, "vi")

  it("accepts a valid certificate and ignores record-only fields", () => {
    expect(validateVi(certificate)).toEqual({})
  })

  it("rejects a score outside the star band, in Vietnamese", () => {
    const errors = validateVi({ ...certificate, score: 65 })
    expect(Object.keys(errors)).toEqual(["score"])
    expect(errors.score).toBe("Điểm đánh giá không khớp với hạng sao")
  })

  it("requires the national council for 5 stars, in English", () => {
    const errors = zodFormValidator(certificationInputSchema, "en")({ ...certificate, star_level: 5, score: 92 })
    expect(errors).toEqual({ issuing_level: "A 5-star product must be certified by the national council" })
  })

  it("reports missing required fields", () => {
    const errors = validateVi({ star_level: 3, score: 55 })
    expect(Object.keys(errors).sort()).toEqual(
      ["certificate_number", "decision_date", "decision_number", "issuing_level", "product_id", "valid_from"].sort(),
    )
  })
})

describe("zodFormValidator with producerInputSchema", () => {
  it("points at the bad photo inside the array", () => {
    const errors = zodFormValidator(
      producerInputSchema,
      "vi",
    )({
      handle: "htx-nam-huong",
      name: "HTX Nấm hương Sa Pa",
      kind: "cooperative",
      registration_number: "5300123456",
      district: "sa-pa",
      commune: "Phường Sa Pa",
      address: "Tổ 5",
      representative: "Giàng A Páo",
      phone: "0912 345 678",
      photos: ["https://ocop.vn/a.jpg", "not-a-url"],
    })
    expect(errors).toEqual({ photos: { 1: "Đường dẫn không hợp lệ" } })
  })
})

describe("nestErrors", () => {
  it("nests dotted paths and drops form-level issues", () => {
    expect(nestErrors({ "": "form", "a.b": "x", c: "y" })).toEqual({ a: { b: "x" }, c: "y" })
  })
})
