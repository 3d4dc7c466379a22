import { describe, expect, it } from "vitest"
import { pickupCodeMatches, pickupCodeOf } from "./pickup-code"

describe("pickup codes", () => {
  it("are six digits, stable per order and secret, different between orders", () => {
    const a = pickupCodeOf("order_A", "secret-1")
    expect(a).toMatch(/^\d{6}$/)
    expect(pickupCodeOf("order_A", "secret-1")).toBe(a)
    expect(pickupCodeOf("order_A", "secret-2")).not.toBe(a)
    const codes = new Set(Array.from({ length: 200 }, (_, i) => pickupCodeOf(`order_${i}`, "secret-1")))
    expect(codes.size).toBeGreaterThan(195)
  })

  it("matches what the buyer types, ignoring spaces and dashes", () => {
    const code = pickupCodeOf("order_B")
    expect(pickupCodeMatches("order_B", `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true)
    expect(pickupCodeMatches("order_B", "000000") && code !== "000000").toBe(false)
    expect(pickupCodeMatches("order_B", "12")).toBe(false)
  })
})
