import { describe, expect, it } from "vitest"
import { pathIsClean } from "./path-guard"

describe("pathIsClean", () => {
  it("takes ordinary and Vietnamese paths", () => {
    expect(pathIsClean("/store/catalogue/mat-ong-bac-ha")).toBe(true)
    expect(pathIsClean("/store/certificates/OCOP-LC-2024-0001")).toBe(true)
    expect(pathIsClean("/store/catalogue/m%E1%BA%ADt%20ong")).toBe(true)
    expect(pathIsClean("/store/certificates/%25")).toBe(true)
  })

  it("refuses broken escapes and control characters (finding 6)", () => {
    expect(pathIsClean("/store/catalogue/%00")).toBe(false)
    expect(pathIsClean("/admin/producers/%E0%A4%A")).toBe(false)
    expect(pathIsClean("/store/products/%")).toBe(false)
    expect(pathIsClean("/store/products/a%0Ab")).toBe(false)
    expect(pathIsClean("/store/products/%7F")).toBe(false)
  })
})
