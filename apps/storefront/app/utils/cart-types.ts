/** The parts of Medusa's store cart and order that the storefront reads. */
export interface StoreLineItem {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variant_id: string | null
  variant_title?: string | null
  product_handle?: string | null
  quantity: number
  unit_price: number
  total: number
}

export interface StoreAddress {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

export interface StoreShippingMethod {
  id: string
  name: string
  amount: number
  shipping_option_id: string | null
}

/** What a cart and the order it became both hold. */
interface StoreBasket {
  id: string
  email: string | null
  currency_code: string
  items: StoreLineItem[]
  total: number
  item_total: number
  tax_total: number
  shipping_total: number
  shipping_address: StoreAddress | null
  shipping_methods: StoreShippingMethod[]
}

export interface StoreCart extends StoreBasket {
  region_id: string
  payment_collection?: { id: string; payment_sessions?: { provider_id: string }[] } | null
  completed_at?: string | null
  metadata?: Record<string, unknown> | null
}

export interface StoreOrder extends StoreBasket {
  display_id: number
  payment_status: string
  payment_collections?: { payment_sessions?: { provider_id: string }[] }[]
}

export interface StoreShippingOption {
  id: string
  name: string
  amount: number
  type?: { code: string; label: string; description: string } | null
}

/** The backend's answers for pickup points and an order's VietQR code, defined once in @ocop/domain. */
export type { OrderVietQr, PickupPoint } from "@ocop/domain"
