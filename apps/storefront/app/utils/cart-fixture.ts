import type { StoreCart } from "./cart-types"

/** An empty VND cart for unit tests; `over` sets what a test is about. */
export const cartFixture = (over: Partial<StoreCart> = {}): StoreCart => ({
  id: "cart_1",
  email: null,
  currency_code: "vnd",
  region_id: "reg_1",
  items: [],
  total: 0,
  item_total: 0,
  tax_total: 0,
  shipping_total: 0,
  shipping_address: null,
  shipping_methods: [],
  ...over,
})
