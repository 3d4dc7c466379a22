import { certificateStatus, isInForce, type CertificateDates } from "./certificate"
import type { ErrorCode } from "./error-codes"
import { vietnamDayNumber } from "./vn-time"

/** What decides whether a cart line may be bought, read fresh where money moves. */
export type PurchaseFacts = {
  /** Medusa's product status; only `published` is on sale. */
  productStatus: string | null | undefined
  /** The producer's status; a product without a producer is not an OCOP product. */
  producerStatus: string | null | undefined
  certificates: readonly CertificateDates[]
  /** Units that can still be sold; null when stock is not tracked or back orders are allowed. */
  available: number | null
  /** Units the cart line would hold. */
  quantity: number
}

export type PurchaseRefusal = Extract<
  ErrorCode,
  | "product_not_published"
  | "producer_not_active"
  | "not_certified"
  | "certificate_expired"
  | "certificate_revoked"
  | "certificate_not_yet_valid"
  | "out_of_stock"
>

/**
 * Why a line may not be bought at `now`, or null: published, producer active, a certificate in force
 * on today's Vietnam date (whatever the hourly sweep has written yet), enough stock. Without one in
 * force, the newest certificate says why: not yet valid, revoked or expired.
 */
export function purchaseRefusal(facts: PurchaseFacts, now: Date = new Date()): PurchaseRefusal | null {
  if (facts.productStatus !== "published") return "product_not_published"
  if (facts.producerStatus !== "active") return "producer_not_active"
  if (!facts.certificates.some((c) => isInForce(c, now))) {
    const newest = [...facts.certificates].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0]
    if (!newest) return "not_certified"
    const status = certificateStatus(newest, now)
    if (status === "revoked") return "certificate_revoked"
    if (status === "expired") return "certificate_expired"
    return vietnamDayNumber(now) < vietnamDayNumber(newest.validFrom) ? "certificate_not_yet_valid" : "not_certified"
  }
  if (facts.available !== null && facts.quantity > facts.available) return "out_of_stock"
  return null
}
