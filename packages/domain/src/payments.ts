import type { PaymentMethod } from "./address-schemas"
import { vietQrNote } from "./vietqr"

/**
 * Medusa payment provider ids of the shop (decision 008): cash — on delivery, at pickup or at a
 * counter — through Medusa's system provider, and bank transfer by VietQR through ours.
 */
export const PAYMENT_PROVIDER_IDS = {
  cod: "pp_system_default",
  vietqr: "pp_vietqr_vietqr",
} as const satisfies Record<PaymentMethod, string>

/** The method of a provider id; null for a provider the shop does not offer. */
export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod | null {
  if (providerId === PAYMENT_PROVIDER_IDS.vietqr) return "vietqr"
  if (providerId === PAYMENT_PROVIDER_IDS.cod) return "cod"
  return null
}

/** The VietQR transfer note of an order, "OCOP <order number>": what staff match the transfer against. */
export function orderTransferNote(displayId: number | string): string {
  return vietQrNote(`OCOP ${displayId}`)
}
