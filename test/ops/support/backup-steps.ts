import { call, type Shop } from "./shop"

/**
 * What a backup must bring back, read through the API as buyers and staff see it: every product of
 * the catalogue with its price and picture, and every order with its number, total, status and payment state.
 */
export async function shopSnapshot(shop: Shop, adminToken: string) {
  type Card = { handle: string; price: unknown; thumbnail: string | null }
  const cards: Card[] = []
  let count: number
  do {
    const page = await call(shop.url, `/store/catalogue?limit=100&offset=${cards.length}`, { key: shop.key })
    if (page.status !== 200) throw new Error(`catalogue: ${page.status} ${JSON.stringify(page.body)}`)
    count = page.body.count
    cards.push(...(page.body.products as Card[]))
    if (!page.body.products.length) break
  } while (cards.length < count)
  const products = cards
    .map((p) => ({ handle: p.handle, price: p.price, thumbnail: p.thumbnail }))
    .sort((a, b) => a.handle.localeCompare(b.handle))
  const orders = await call(
    shop.url,
    "/admin/orders?limit=100&order=display_id&fields=id,display_id,email,total,status,payment_status,fulfillment_status",
    { token: adminToken },
  )
  if (orders.status !== 200) throw new Error(`orders: ${orders.status} ${JSON.stringify(orders.body)}`)
  return {
    count,
    products,
    orders: orders.body.orders as unknown[],
    picture: products.find((p) => p.thumbnail)!.thumbnail!,
  }
}
