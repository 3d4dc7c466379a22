import { describe, expect, it } from "vitest"
import { z } from "zod"
import { DOMAIN_ERROR_CODES, domainMessage, ERROR_MESSAGES, fieldErrors, isDomainErrorCode } from "./messages"

describe("ERROR_MESSAGES", () => {
  it("has a Vietnamese and an English message for every code", () => {
    for (const code of DOMAIN_ERROR_CODES) {
      expect(ERROR_MESSAGES.vi[code].length).toBeGreaterThan(0)
      expect(ERROR_MESSAGES.en[code].length).toBeGreaterThan(0)
      expect(ERROR_MESSAGES.vi[code]).not.toBe(ERROR_MESSAGES.en[code])
    }
    expect(Object.keys(ERROR_MESSAGES.vi).sort()).toEqual([...DOMAIN_ERROR_CODES].sort())
    expect(Object.keys(ERROR_MESSAGES.en).sort()).toEqual([...DOMAIN_ERROR_CODES].sort())
  })

  it("speaks Vietnamese by default", () => {
    expect(domainMessage("invalid_phone")).toBe(ERROR_MESSAGES.vi.invalid_phone)
    expect(domainMessage("five_star_needs_national", "en")).toMatch(/national council/)
    expect(isDomainErrorCode("required")).toBe(true)
    expect(isDomainErrorCode("Required")).toBe(false)
  })
})

describe("fieldErrors", () => {
  const schema = z
    .strictObject({
      name: z.string().min(2, "too_short"),
      address: z.object({ commune: z.string("required") }),
      tags: z.array(z.string().max(3, "too_long")),
      plain: z.string().min(5, "Five or more"),
    })
    .refine(() => false, "invalid_value")

  const error = schema.safeParse({ name: "a", address: {}, tags: ["ok", "long"], plain: "x", extra: 1 })
    .error as z.ZodError

  it("maps joined paths to translated messages", () => {
    expect(fieldErrors(error, "en")).toEqual({
      name: "Too short",
      "address.commune": "This field is required",
      "tags.1": "Too long",
      plain: "Five or more",
      extra: "Unsupported field",
    })
    expect(fieldErrors(error).name).toBe("Nội dung quá ngắn")
  })

  it('keeps the first message per field and puts form-level issues under ""', () => {
    const issues = [
      { path: ["phone"], message: "invalid_phone" },
      { path: ["phone"], message: "too_long" },
      { path: [], message: "price_range_inverted" },
    ]
    expect(fieldErrors({ issues }, "en")).toEqual({
      phone: ERROR_MESSAGES.en.invalid_phone,
      "": ERROR_MESSAGES.en.price_range_inverted,
    })
  })
})
