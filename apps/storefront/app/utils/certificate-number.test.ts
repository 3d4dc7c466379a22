import { describe, expect, it } from "vitest"
import { normalizeCertificateNumber } from "./certificate-number"

describe("normalizeCertificateNumber", () => {
  it("trims and collapses spaces, keeping case", () => {
    expect(normalizeCertificateNumber("  LC-2021-0012 ")).toBe("LC-2021-0012")
    expect(normalizeCertificateNumber("123/QĐ  UBND")).toBe("123/QĐ UBND")
  })
  it("rejects empty, huge or odd input", () => {
    expect(normalizeCertificateNumber("")).toBeNull()
    expect(normalizeCertificateNumber("x".repeat(65))).toBeNull()
    expect(normalizeCertificateNumber("<script>")).toBeNull()
    expect(normalizeCertificateNumber(undefined)).toBeNull()
  })
})
