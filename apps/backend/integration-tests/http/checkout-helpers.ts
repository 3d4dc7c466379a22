import pg from "pg"
import { expect, inject } from "vitest"
import { api, attachProduct, certify, createProducer, createProduct, unique } from "./helpers"

/** Reads one row from the test database (parameterised). */
export async function sqlRows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: inject("databaseUrl") })
  await db.connect()
  try {
    return (await db.query(sql, params)).rows as T[]
  } finally {
    await db.end()
  }
}

/** The storefront's publishable key that the seed created, bound to the online sales channel. */
export async function seededStore(): Promise<{ key: string; vnRegionId: string; intlRegionId: string }> {
  const [key] = await sqlRows<{ token: string }>(
    "SELECT token FROM api_key WHERE title = 'Storefront' AND type = 'publishable' AND revoked_at IS NULL",
  )
  const regions = await api("/store/regions", { key: key.token })
  const byCurrency = (c: string) =>
    regions.body.regions.find((r: { currency_code: string }) => r.currency_code === c).id
  return { key: key.token, vnRegionId: byCurrency("vnd"), intlRegionId: byCurrency("usd") }
}

export const VN_ADDRESS = {
  first_name: "Mai",
  last_name: "Nguyễn Thị",
  phone: "0912345678",
  address_1: "12 Cầu Mây",
  city: "Phường Sa Pa",
  province: "Lào Cai",
  country_code: "vn",
}

/**
 * A cart ready to complete: items, email, address, the first shipping option of `kind`
 * ("pickup" or anything else for home delivery) and a payment session of `provider`.
 */
export async function readyCart(
  key: string,
  input: {
    regionId: string
    items: { variant_id: string; quantity: number }[]
    provider: string
    pickup?: boolean
    address?: Record<string, unknown>
  },
): Promise<string> {
  const cart = await api("/store/carts", { key, body: { region_id: input.regionId, items: input.items } })
  if (cart.status !== 200) throw new Error(`cart: ${cart.status} ${JSON.stringify(cart.body)}`)
  const id = cart.body.cart.id as string
  await api(`/store/carts/${id}`, {
    key,
    body: { email: "buyer@example.vn", shipping_address: input.address ?? VN_ADDRESS },
  })
  const options = await api(`/store/shipping-options?cart_id=${id}`, { key })
  const option = options.body.shipping_options.find(
    (o: { type: { code: string } }) => (o.type.code === "pickup") === Boolean(input.pickup),
  )
  if (!option) throw new Error(`no shipping option: ${JSON.stringify(options.body)}`)
  await api(`/store/carts/${id}/shipping-methods`, { key, body: { option_id: option.id } })
  const collection = await api("/store/payment-collections", { key, body: { cart_id: id } })
  const session = await api(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, {
    key,
    body: { provider_id: input.provider },
  })
  if (session.status !== 200) throw new Error(`payment session: ${session.status} ${JSON.stringify(session.body)}`)
  return id
}

/**
 * A cart as the storefront's checkout steps leave it before "Đặt hàng": items, email, the buyer's
 * address (only who collects it for a pickup), the fulfilment and payment method in its metadata and
 * the first shipping option of that kind; no payment collection yet. Returns the cart id.
 */
export async function checkoutCart(
  key: string,
  input: {
    regionId: string
    items: { variant_id: string; quantity: number }[]
    method: "cod" | "vietqr"
    pickup?: boolean
    email?: string
    address?: Record<string, unknown>
  },
): Promise<string> {
  const cart = await api("/store/carts", { key, body: { region_id: input.regionId, items: input.items } })
  if (cart.status !== 200) throw new Error(`cart: ${cart.status} ${JSON.stringify(cart.body)}`)
  const id = cart.body.cart.id as string
  const { first_name, last_name, phone } = VN_ADDRESS
  const address = input.pickup ? { first_name, last_name, phone, country_code: "vn" } : (input.address ?? VN_ADDRESS)
  const saved = await api(`/store/carts/${id}`, {
    key,
    body: {
      email: input.email ?? "buyer@example.vn",
      shipping_address: address,
      billing_address: address,
      metadata: { fulfilment: input.pickup ? "pickup" : "delivery", payment_method: input.method },
    },
  })
  if (saved.status !== 200) throw new Error(`cart update: ${saved.status} ${JSON.stringify(saved.body)}`)
  const options = await api(`/store/shipping-options?cart_id=${id}`, { key })
  const option = options.body.shipping_options.find(
    (o: { type: { code: string } }) => (o.type.code === "pickup") === Boolean(input.pickup),
  )
  if (!option) throw new Error(`no shipping option: ${JSON.stringify(options.body)}`)
  await api(`/store/carts/${id}/shipping-methods`, { key, body: { option_id: option.id } })
  return id
}

/** A buyer account (customer) signed in with email and password; its bearer token and customer id. */
export async function buyerAccount(key: string, email: string): Promise<{ token: string; customerId: string }> {
  const password = "mat-khau-thu-1"
  const registered = await api("/auth/customer/emailpass/register", { body: { email, password } })
  const created = await api("/store/customers", {
    key,
    token: registered.body.token,
    body: { email, first_name: "Mai", last_name: "Nguyễn" },
  })
  if (created.status !== 200) throw new Error(`customer: ${created.status} ${JSON.stringify(created.body)}`)
  const signedIn = await api("/auth/customer/emailpass", { body: { email, password } })
  return { token: signedIn.body.token as string, customerId: created.body.customer.id as string }
}

export type ShopProduct = {
  productId: string
  variantId: string
  title: string
  certificate: Awaited<ReturnType<typeof certify>>
  inventoryItemId?: string
  warehouseId?: string
}

/**
 * A certified, published product of `producerId` (a new producer if none) in the storefront's
 * channel. With `stock` its variant is tracked and holds that many units at the warehouse (Kho Lào
 * Cai); without, it is sold untracked so an order needs no warehouse set-up.
 */
export async function shopProduct(
  staffToken: string,
  input: { price: number; usdPrice?: number; stock?: number; producerId?: string; group?: string },
): Promise<ShopProduct> {
  const tracked = input.stock !== undefined
  const [channel] = await sqlRows<{ id: string }>("SELECT id FROM sales_channel WHERE name = 'Cửa hàng OCOP Lào Cai'")
  const [profile] = await sqlRows<{ id: string }>(
    "SELECT id FROM shipping_profile WHERE type = 'default' AND deleted_at IS NULL",
  )
  const product = await createProduct(staffToken, {
    title: `Sản phẩm thử ${unique()}`,
    price: input.price,
    ...(input.usdPrice === undefined ? {} : { usdPrice: input.usdPrice }),
    salesChannelId: channel!.id,
    manageInventory: tracked,
    shippingProfileId: profile!.id,
    packaging: "Hộp",
  })
  const variantId = product.variants[0].id as string
  const producerId = input.producerId ?? (await createProducer(staffToken)).id
  await attachProduct(staffToken, product.id, {
    producer_id: producerId,
    product_group: input.group ?? "food",
    origin_district: "bac-ha",
  })
  const certificate = await certify(staffToken, product.id, 4)
  const made: ShopProduct = { productId: product.id as string, variantId, title: product.title as string, certificate }
  if (!tracked) return made
  const [warehouse] = await sqlRows<{ id: string }>("SELECT id FROM stock_location WHERE name = 'Kho Lào Cai'")
  const variant = await api(
    `/admin/products/${product.id}/variants/${variantId}?fields=inventory_items.inventory_item_id`,
    { token: staffToken },
  )
  const inventoryItemId = variant.body.variant.inventory_items[0].inventory_item_id as string
  const level = await api(`/admin/inventory-items/${inventoryItemId}/location-levels`, {
    token: staffToken,
    body: { location_id: warehouse!.id, stocked_quantity: input.stock },
  })
  expect(level.status, JSON.stringify(level.body)).toBe(200)
  return { ...made, inventoryItemId, warehouseId: warehouse!.id }
}
