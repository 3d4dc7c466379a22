import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isVietnamesePhone, normalizeVietnamesePhone } from "./phone"

describe("Vietnamese phone numbers", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["091 234 5678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["091-234-5678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["+84 91 234 5678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0312345678", "0312345678"],
    ["0512345678", "0512345678"],
    ["0712345678", "0712345678"],
    ["0812345678", "0812345678"],
    [" 0987 654 321 ", "0987654321"],
  ])("accepts %j as %s", (input, normalized) => {
    expect(isVietnamesePhone(input)).toBe(true)
    expect(normalizeVietnamesePhone(input)).toBe(normalized)
  })

  it.each([
    "0212345678",
    "0112345678",
    "0412345678",
    "0612345678",
    "091234567",
    "09123456789",
    "+840912345678",
    "849123456789",
    "+85912345678",
    "0912 345 67a",
    "(091)2345678",
    "",
    "abc",
  ])("rejects %j", (input) => {
    expect(isVietnamesePhone(input)).toBe(false)
    expect(normalizeVietnamesePhone(input)).toBeNull()
  })

  it("normalises national and international forms to the same number (property)", () => {
    const subscriber = fc.tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/))
    fc.assert(
      fc.property(subscriber, ([prefix, rest]) => {
        const national = `0${prefix}${rest}`
        expect(normalizeVietnamesePhone(`+84${prefix}${rest}`)).toBe(national)
        expect(normalizeVietnamesePhone(`84 ${prefix}${rest.slice(0, 4)}.${rest.slice(4)}`)).toBe(national)
        expect(normalizeVietnamesePhone(national)).toBe(national)
      }),
    )
  })
})
