import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { certificationInputSchema, inspectionInputSchema, revocationInputSchema } from "./certification-schemas"
import { fieldErrors } from "./messages"
import { starLevelForScore } from "./stars"

const valid = {
  product_id: "prod_01",
  star_level: 4,
  score: 72,
  certificate_number: " 123/GCN-OCOP ",
  decision_number: "1234/QĐ-UBND",
  decision_date: "2021-03-10",
  issuing_level: "provincial",
  valid_from: "2021-03-15",
}

/** Field → code for an input, or {} when it parses. */
function errors(input: unknown): Record<string, string> {
  const result = certificationInputSchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]))
}

describe("certificationInputSchema", () => {
  it("accepts a 4★ provincial certificate and trims its number", () => {
    expect(certificationInputSchema.parse(valid)).toEqual({ ...valid, certificate_number: "123/GCN-OCOP" })
  })

  it("accepts form strings for stars and score", () => {
    expect(certificationInputSchema.parse({ ...valid, star_level: "3", score: "55.5" })).toMatchObject({
      star_level: 3,
      score: 55.5,
    })
  })

  it.each([
    [3, 49],
    [3, 70],
    [4, 69],
    [4, 90],
    [5, 89],
  ])("rejects %d★ with score %d on the score field", (star_level, score) => {
    expect(errors({ ...valid, star_level, score, issuing_level: "national" })).toEqual({
      score: "score_not_in_star_band",
    })
  })

  it("requires the national council for 5★", () => {
    expect(errors({ ...valid, star_level: 5, score: 92 })).toEqual({ issuing_level: "five_star_needs_national" })
    expect(errors({ ...valid, star_level: 5, score: 92, issuing_level: "national" })).toEqual({})
    expect(errors({ ...valid, star_level: 3, score: 55, issuing_level: "national" })).toEqual({})
  })

  it("needs valid_until after valid_from when given", () => {
    expect(errors({ ...valid, valid_until: "2024-03-14" })).toEqual({})
    expect(errors({ ...valid, valid_until: "2021-03-15" })).toEqual({ valid_until: "valid_until_before_valid_from" })
    expect(errors({ ...valid, valid_until: "2020-12-31" })).toEqual({ valid_until: "valid_until_before_valid_from" })
  })

  it("reports cross-field errors together with unrelated field errors", () => {
    expect(errors({ ...valid, score: 95, decision_date: "2021-02-31" })).toEqual({
      score: "score_not_in_star_band",
      decision_date: "invalid_date",
    })
  })

  it("does not pile a band error on top of a bad star level or score", () => {
    expect(errors({ ...valid, star_level: 2, score: 40 })).toEqual({ star_level: "invalid_star_level" })
    expect(errors({ ...valid, score: 140 })).toEqual({ score: "score_out_of_range" })
  })

  it("checks the certificate number length and unknown fields", () => {
    expect(errors({ ...valid, certificate_number: " 12 " })).toEqual({ certificate_number: "too_short" })
    expect(errors({ ...valid, certificate_number: "x".repeat(51) })).toEqual({ certificate_number: "too_long" })
    const result = certificationInputSchema.safeParse({ ...valid, status: "valid" })
    expect(fieldErrors(result.error!, "en")).toEqual({ status: "Unsupported field" })
  })

  it("accepts exactly the scores of the star band (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4, 5), fc.integer({ min: 0, max: 100 }), (star_level, score) => {
        const ok = certificationInputSchema.safeParse({
          ...valid,
          star_level,
          score,
          issuing_level: "national",
        }).success
        expect(ok).toBe(starLevelForScore(score) === star_level)
      }),
    )
  })
})

describe("revocationInputSchema", () => {
  it("needs a reason of 3–500 characters", () => {
    expect(revocationInputSchema.parse({ reason: "Vi phạm ATTP", revoked_at: "2022-06-01" })).toEqual({
      reason: "Vi phạm ATTP",
      revoked_at: "2022-06-01",
    })
    expect(revocationInputSchema.safeParse({ reason: "ab" }).error?.issues[0]?.message).toBe("too_short")
    expect(revocationInputSchema.safeParse({ reason: "x".repeat(501) }).error?.issues[0]?.message).toBe("too_long")
    expect(revocationInputSchema.safeParse({ reason: "abc", revoked_at: "2022-02-30" }).success).toBe(false)
  })
})

describe("inspectionInputSchema", () => {
  it("records a passed or failed inspection", () => {
    const input = { inspected_at: "2022-05-20", inspector: "Chi cục PTNT", result: "failed", notes: "" }
    expect(inspectionInputSchema.parse(input)).toEqual({ ...input, notes: null })
    expect(inspectionInputSchema.safeParse({ ...input, result: "ok" }).error?.issues[0]?.message).toBe("invalid_value")
    expect(inspectionInputSchema.safeParse({ ...input, inspected_at: undefined }).error?.issues[0]?.message).toBe(
      "required",
    )
  })
})
