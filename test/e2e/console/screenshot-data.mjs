// What the console screenshots need to show, put in place through the APIs of a running e2e stack
// (a throwaway database): an inspection on a certificate, a few buyers' orders, and a producer's
// price change waiting for review. Plain fetch, so the screenshot script runs without Playwright's
// test runner; the journeys do the same through order-steps.ts and producer-steps.ts.

export const DEMO_PASSWORD = "ocop-demo-2021"

/** The demo logins the shots are taken as (the e2e stack seeds them). */
export const ACTORS = {
  office: "office@ocop-laocai.vn",
  promotion: "promotion@ocop-laocai.vn",
  producer: "htx-cam-quyt-bao-thang@ocop-laocai.vn",
}

/** The demo producer's product whose price change waits for review, before and after. */
export const PRICE_CHANGE = {
  handle: "cam-sanh-bao-thang",
  variant: "Thùng 5 kg",
  priceVnd: 185_000,
  priceUsdCents: 740,
}

const PAYMENT_PROVIDERS = { cod: "pp_system_default", vietqr: "pp_vietqr_vietqr" }

/** Calls to the stack's backend: `call(method, path, { token, body, store })`, failing loudly on a non-2xx. */
export function backend({ urls, publishableKey }) {
  return async function call(method, pathAndQuery, { token, body, store = false } = {}) {
    const headers = { "content-type": "application/json" }
    if (token) headers.authorization = `Bearer ${token}`
    if (store) headers["x-publishable-api-key"] = publishableKey
    const res = await fetch(`${urls.backend}${pathAndQuery}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!res.ok) throw new Error(`${method} ${pathAndQuery}: ${res.status} ${await res.text()}`)
    return res.json()
  }
}

/** A bearer token for a staff member (`user`) or a producer user (`producer`). */
export async function signInToken(call, actor, email) {
  const { token } = await call("POST", `/auth/${actor}/emailpass`, { body: { email, password: DEMO_PASSWORD } })
  return token
}

/** Adds today's passed inspection to a valid 4★ certificate; returns the certificate. */
export async function inspectCertificate(call, officeToken, inspector) {
  const { certifications } = await call("GET", "/admin/certifications?status=valid&star_level=4&limit=1", {
    token: officeToken,
  })
  const certificate = certifications[0]
  if (!certificate) throw new Error("no valid 4★ demo certificate")
  await call("POST", `/admin/certifications/${certificate.id}/inspections`, {
    token: officeToken,
    body: {
      inspected_at: new Date().toISOString().slice(0, 10),
      inspector,
      result: "passed",
      notes: "Bao bì, nhãn và truy xuất nguồn gốc đúng hồ sơ công nhận.",
    },
  })
  return certificate
}

/** The admin id of a demo product, by its handle. */
export async function productIdByHandle(call, officeToken, handle) {
  const { products } = await call("GET", `/admin/products?handle=${encodeURIComponent(handle)}&fields=id`, {
    token: officeToken,
  })
  if (!products[0]) throw new Error(`no demo product ${handle}`)
  return products[0].id
}

/**
 * Stocks the product's variants at points of sale (`{ "bac-ha": [12, 6] }`: quantities by variant, in
 * order), as the office does from the product page, so its stock table shows more than the warehouse.
 */
export async function stockPointsOfSale(call, officeToken, productId, quantities) {
  const { stock_locations } = await call("GET", "/admin/stock-locations?fields=id,metadata&limit=100", {
    token: officeToken,
  })
  const { product } = await call(
    "GET",
    `/admin/products/${productId}?fields=variants.inventory_items.inventory_item_id`,
    { token: officeToken },
  )
  const create = Object.entries(quantities).flatMap(([code, perVariant]) => {
    const place = stock_locations.find((l) => l.metadata?.point_of_sale === code)
    if (!place) throw new Error(`no point of sale ${code}`)
    return perVariant.map((stocked_quantity, i) => ({
      inventory_item_id: product.variants[i].inventory_items[0].inventory_item_id,
      location_id: place.id,
      stocked_quantity,
    }))
  })
  await call("POST", "/admin/inventory-items/location-levels/batch", { token: officeToken, body: { create } })
}

/**
 * A buyer's order placed through the store API as the storefront places it: `quantity` of the
 * product's first variant, delivered in Sa Pa or collected at the point of sale `pickup` (its code).
 */
export async function placeOrder(call, { handle, quantity = 1, payment, pickup, buyer }) {
  const store = (method, path, body) => call(method, path, { store: true, body })
  const { regions } = await store("GET", "/store/regions")
  const region = regions.find((r) => r.currency_code === "vnd")
  const { products } = await store("GET", `/store/products?handle=${handle}&fields=id,variants.id`)
  const { cart } = await store("POST", "/store/carts", {
    region_id: region.id,
    items: [{ variant_id: products[0].variants[0].id, quantity }],
  })
  const person = { first_name: buyer.name, last_name: "", phone: buyer.phone }
  let address = { ...person, address_1: "12 Cầu Mây", city: "Phường Sa Pa", province: "Lào Cai", country_code: "vn" }
  let optionId
  if (pickup) {
    const { pickup_points } = await store("GET", "/store/pickup-points")
    const point = pickup_points.find((p) => p.code === pickup)
    optionId = point.shipping_option_ids[0]
    address = { ...person, ...point.address_parts, country_code: "vn" }
  }
  await store("POST", `/store/carts/${cart.id}`, {
    email: buyer.email,
    shipping_address: address,
    metadata: { fulfilment: pickup ? "pickup" : "delivery", payment_method: payment },
  })
  if (!optionId) {
    const { shipping_options } = await store("GET", `/store/shipping-options?cart_id=${cart.id}`)
    optionId = shipping_options.find((o) => o.type.code !== "pickup").id
  }
  await store("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: optionId })
  const { payment_collection } = await store("POST", "/store/payment-collections", { cart_id: cart.id })
  await store("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: PAYMENT_PROVIDERS[payment],
  })
  const done = await store("POST", `/store/carts/${cart.id}/complete`, {})
  if (done.type !== "order") throw new Error(`cart ${cart.id} did not become an order: ${JSON.stringify(done)}`)
  return done.order
}

/** The day's orders: two for the demo producer's fruit (one paid by VietQR, collected at Bắc Hà), one parcel of mushrooms. */
export async function placeDayOrders(call) {
  const transfer = await placeOrder(call, {
    handle: PRICE_CHANGE.handle,
    quantity: 2,
    payment: "vietqr",
    pickup: "bac-ha",
    buyer: { name: "Nguyễn Thị Mai", email: "mai.nguyen@example.vn", phone: "0912 345 678" },
  })
  await placeOrder(call, {
    handle: "quyt-ngot-bao-thang",
    payment: "cod",
    buyer: { name: "Lò Văn Thắng", email: "thang.lo@example.vn", phone: "0988 112 233" },
  })
  await placeOrder(call, {
    handle: "nam-huong-sa-pa",
    payment: "cod",
    pickup: "sa-pa",
    buyer: { name: "Trần Minh Đức", email: "duc.tran@example.vn", phone: "0903 456 789" },
  })
  return transfer
}

/** The demo producer raises a price (both currencies) through its own API: a pending review. */
export async function submitPriceChange(call, producerToken) {
  const { products } = await call("GET", `/producer/products?q=${encodeURIComponent("Cam sành")}`, {
    token: producerToken,
  })
  const product = products.find((p) => p.handle === PRICE_CHANGE.handle)
  if (!product) throw new Error(`the demo producer has no product ${PRICE_CHANGE.handle}`)
  const variants = product.variants.map(({ id, title, sku, price_vnd, price_usd }) =>
    title === PRICE_CHANGE.variant
      ? { id, title, sku, price_vnd: PRICE_CHANGE.priceVnd, price_usd: PRICE_CHANGE.priceUsdCents }
      : { id, title, sku, price_vnd, price_usd },
  )
  await call("POST", `/producer/products/${product.id}`, { token: producerToken, body: { variants } })
  return product
}

/** The pending review of that product, as the OCOP office's queue lists it. */
export async function pendingReviewOf(call, officeToken, productId) {
  const { product_reviews } = await call("GET", "/admin/product-reviews?status=pending&limit=100", {
    token: officeToken,
  })
  const review = product_reviews.find((r) => r.product_id === productId)
  if (!review) throw new Error(`no pending review for ${productId}`)
  return review
}
