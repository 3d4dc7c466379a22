import { describe, expect, it } from "vitest"
import { bilingualErrorMessage, ERROR_CODES, errorMessage, isErrorCode } from "./error-codes"
import { purchaseRefusal, type PurchaseFacts } from "./purchase-rules"
import { VIETNAM_UTC_OFFSET_MS } from "./vn-time"

const DAY = 86_400_000
const now = new Date()
/** Midnight of the Vietnam day `days` from today, as a UTC instant (how certificate dates are stored). */
const vnDay = (days: number) => {
  const vn = new Date(now.getTime() + VIETNAM_UTC_OFFSET_MS + days * DAY)
  return new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate()) - VIETNAM_UTC_OFFSET_MS)
}
const cert = (from: number, until: number, revokedDaysAgo?: number) => ({
  validFrom: vnDay(from),
  validUntil: vnDay(until),
  revokedAt: revokedDaysAgo === undefined ? null : new Date(now.getTime() - revokedDaysAgo * DAY),
})
const sellable: PurchaseFacts = {
  productStatus: "published",
  producerStatus: "active",
  certificates: [cert(-100, 900)],
  available: null,
  quantity: 1,
}

describe("what may be bought", () => {
  it("sells a published product of an active producer with a certificate in force", () => {
    expect(purchaseRefusal(sellable, now)).toBeNull()
    expect(purchaseRefusal({ ...sellable, available: 3, quantity: 3 }, now)).toBeNull()
  })

  it("gives each reason its own code", () => {
    expect(purchaseRefusal({ ...sellable, productStatus: "draft" }, now)).toBe("product_not_published")
    expect(purchaseRefusal({ ...sellable, producerStatus: "suspended" }, now)).toBe("producer_not_active")
    expect(purchaseRefusal({ ...sellable, producerStatus: null }, now)).toBe("producer_not_active")
    expect(purchaseRefusal({ ...sellable, certificates: [] }, now)).toBe("not_certified")
    expect(purchaseRefusal({ ...sellable, certificates: [cert(-1200, -1)] }, now)).toBe("certificate_expired")
    expect(purchaseRefusal({ ...sellable, certificates: [cert(-100, 900, 1)] }, now)).toBe("certificate_revoked")
    expect(purchaseRefusal({ ...sellable, certificates: [cert(2, 1000)] }, now)).toBe("certificate_not_yet_valid")
    expect(purchaseRefusal({ ...sellable, available: 2, quantity: 3 }, now)).toBe("out_of_stock")
    expect(purchaseRefusal({ ...sellable, available: 0 }, now)).toBe("out_of_stock")
  })

  it("counts the certificate's last day as valid and the next Vietnam day as expired", () => {
    expect(purchaseRefusal({ ...sellable, certificates: [cert(-1000, 0)] }, now)).toBeNull()
    expect(purchaseRefusal({ ...sellable, certificates: [cert(-1000, -1)] }, now)).toBe("certificate_expired")
    expect(purchaseRefusal({ ...sellable, certificates: [cert(0, 1000)] }, now)).toBeNull()
  })

  it("lets any certificate in force win over older expired ones", () => {
    expect(purchaseRefusal({ ...sellable, certificates: [cert(-1200, -100), cert(-99, 900)] }, now)).toBeNull()
  })

  it("has a message in both languages for every code", () => {
    for (const code of Object.keys(ERROR_CODES)) {
      expect(isErrorCode(code)).toBe(true)
      if (!isErrorCode(code)) continue
      expect(errorMessage(code, "vi")).not.toBe(errorMessage(code, "en"))
      expect(bilingualErrorMessage(code)).toContain(errorMessage(code, "en"))
    }
    expect(isErrorCode("toString")).toBe(false)
  })
})
