/** A buyer's and an administrator's calls to one backend, as the storefront and console make them. */
export type Shop = { url: string; key: string }

const ADDRESS = {
  first_name: "Mai",
  last_name: "Nguyễn Thị",
  phone: "0912345678",
  address_1: "12 Cầu Mây",
  city: "Phường Sa Pa",
  province: "Lào Cai",
  country_code: "vn",
}

/** JSON in, JSON out; never throws on an HTTP status. */
export async function call(
  base: string,
  urlPath: string,
  options: { body?: unknown; token?: string; key?: string; method?: string } = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${urlPath}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.key ? { "x-publishable-api-key": options.key } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  try {
    return { status: res.status, body: text ? JSON.parse(text) : null }
  } catch {
    return { status: res.status, body: text }
  }
}

/**
 * One buyer's checkout of `quantity` of a variant on `shop`, paid in cash on delivery: cart, contact
 * and address, delivery, payment session, complete. Resolves with the order, or null when refused.
 */
export async function checkout(shop: Shop, regionId: string, variantId: string, email: string) {
  const { url, key } = shop
  const cart = await call(url, "/store/carts", { key, body: { region_id: regionId } })
  if (cart.status !== 200) throw new Error(`cart: ${cart.status} ${JSON.stringify(cart.body)}`)
  const id = cart.body.cart.id as string
  const line = await call(url, `/store/carts/${id}/line-items`, { key, body: { variant_id: variantId, quantity: 1 } })
  if (line.status !== 200) return { cartId: id, order: null, refusal: line.body }
  await call(url, `/store/carts/${id}`, { key, body: { email, shipping_address: ADDRESS } })
  const options = await call(url, `/store/shipping-options?cart_id=${id}`, { key })
  const delivery = options.body.shipping_options.find((o: { type: { code: string } }) => o.type.code !== "pickup")
  await call(url, `/store/carts/${id}/shipping-methods`, { key, body: { option_id: delivery.id } })
  const collection = await call(url, "/store/payment-collections", { key, body: { cart_id: id } })
  await call(url, `/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, {
    key,
    body: { provider_id: "pp_system_default" },
  })
  const done = await call(url, `/store/carts/${id}/complete`, { key, method: "POST" })
  return { cartId: id, order: done.body?.type === "order" ? done.body.order : null, refusal: done.body }
}

/**
 * A buyer whose client retries like a browser behind a load balancer: a call that gets no answer
 * a 409 or a 5xx is sent again to the other server (the proxy's behaviour when a server dies). The cart is
 * created with its line, contact and address in one call, so a retried creation leaves at most an
 * empty extra cart, never a doubled line. Resolves with the cart that was completed and its order.
 */
export async function checkoutRetrying(
  shops: Shop[],
  first: number,
  regionId: string,
  variantId: string,
  email: string,
) {
  let turn = first
  const send = async (urlPath: string, options: { body?: unknown; method?: string } = {}) => {
    for (let attempt = 1; ; attempt++) {
      const shop = shops[turn % shops.length]!
      const answer = await call(shop.url, urlPath, { ...options, key: shop.key }).catch((error: Error) => ({
        status: 0,
        body: error.message,
      }))
      // 409: another attempt of the same step (one that a dying server started) still holds the cart.
      if (answer.status > 0 && answer.status < 500 && answer.status !== 409) return answer
      if (attempt === 40) throw new Error(`${urlPath}: no answer after ${attempt} attempts (${answer.status})`)
      turn++
      await new Promise((resolve) => setTimeout(resolve, 100 * Math.min(attempt, 10)))
    }
  }
  const cart = await send("/store/carts", {
    body: { region_id: regionId, email, shipping_address: ADDRESS, items: [{ variant_id: variantId, quantity: 1 }] },
  })
  if (cart.status !== 200) throw new Error(`cart: ${cart.status} ${JSON.stringify(cart.body)}`)
  const id = cart.body.cart.id as string
  const options = await send(`/store/shipping-options?cart_id=${id}`)
  const delivery = options.body.shipping_options.find((o: { type: { code: string } }) => o.type.code !== "pickup")
  await send(`/store/carts/${id}/shipping-methods`, { body: { option_id: delivery.id } })
  const collection = await send("/store/payment-collections", { body: { cart_id: id } })
  await send(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, {
    body: { provider_id: "pp_system_default" },
  })
  const done = await send(`/store/carts/${id}/complete`, { method: "POST" })
  return { cartId: id, order: done.body?.type === "order" ? done.body.order : null, refusal: done.body }
}
