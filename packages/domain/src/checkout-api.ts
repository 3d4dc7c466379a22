/**
 * Response shapes of the store's checkout routes, shared by the backend that answers and the
 * storefront that reads them.
 */

/** `GET /store/pickup-points`: a showroom where online orders can be collected (docs/domain.md §5). */
export type PickupPoint = {
  code: string
  name: string
  address: string
  /** The same address in parts, for a pickup order's shipping address. */
  address_parts: { address_1: string; city: string; province: string }
  opening_hours: string | null
  shipping_option_ids: string[]
}

/** `GET /store/orders/:id/vietqr`: what the confirmation page needs to show a VietQR transfer. */
export type OrderVietQr = {
  payload: string
  bank_bin: string
  account_number: string
  account_name: string
  sample_account: boolean
  amount: number
  currency_code: "vnd"
  note: string
  paid: boolean
}
