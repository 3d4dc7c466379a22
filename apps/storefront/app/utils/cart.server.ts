import { errorMessage, isErrorCode, regionKindForCountry, SHOP_COUNTRY_CODES } from "@ocop/domain"
import { translate, type Locale } from "~/i18n"
import type { StoreCart } from "./cart-types"
import { buyerCookie } from "./cookies.server"
import { storeCall, storeRead } from "./medusa.server"

const THIRTY_DAYS = 60 * 60 * 24 * 30
const ONE_YEAR = 60 * 60 * 24 * 365

/** The buyer's Medusa cart id; an unguessable id, so the cookie needs no signature. */
export const cartCookie = buyerCookie("cart", THIRTY_DAYS)

/** The remembered delivery country ("vn", "jp", …): it picks the region and so the currency. */
export const countryCookie = buyerCookie("country", ONE_YEAR)

/** A known shop country, or null. */
export function parseCountry(value: unknown): string | null {
  return typeof value === "string" && (SHOP_COUNTRY_CODES as readonly string[]).includes(value.toLowerCase())
    ? value.toLowerCase()
    : null
}

/** The buyer's country: the cookie when set, else Vietnam. */
export async function getCountry(request: Request): Promise<string> {
  return parseCountry(await countryCookie.parse(request.headers.get("Cookie"))) ?? "vn"
}

async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && /^cart_[0-9A-Za-z]+$/.test(value) ? value : null
}

type RegionRow = { id: string; currency_code: string }
let regionsCache: { at: number; regions: RegionRow[] } | null = null

/** The region serving a country: Việt Nam (VND) for vn, Quốc tế (USD) for the rest. */
export async function regionIdForCountry(country: string): Promise<string> {
  if (!regionsCache || Date.now() - regionsCache.at > 60_000) {
    const body = await storeRead<{ regions: RegionRow[] }>("/store/regions?fields=id,currency_code&limit=50")
    regionsCache = { at: Date.now(), regions: body.regions }
  }
  const currency = regionKindForCountry(country) === "vietnam" ? "vnd" : "usd"
  const region = regionsCache.regions.find((r) => r.currency_code === currency)
  if (!region) throw new Error(`No ${currency} region in the backend`)
  return region.id
}

const CART_FIELDS =
  "id,email,currency_code,region_id,total,item_total,tax_total,shipping_total,completed_at,metadata," +
  "*items,*shipping_address,*shipping_methods,payment_collection.id,*payment_collection.payment_sessions"

/** The buyer's open cart, or null when there is none (no cookie, unknown id, already ordered). */
export async function getCart(
  request: Request,
  options: { includeCompleted?: boolean } = {},
): Promise<StoreCart | null> {
  const id = await cartIdFrom(request)
  if (!id) return null
  const result = await storeCall<{ cart: StoreCart }>(`/store/carts/${id}?fields=${CART_FIELDS}`)
  if (!result.ok || (result.body.cart.completed_at && !options.includeCompleted)) return null
  return result.body.cart
}

/** The buyer's cart, created in the country's region when missing; a new cart comes with its cookie. */
export async function ensureCart(request: Request): Promise<{ cart: StoreCart; setCookie?: string }> {
  const existing = await getCart(request)
  if (existing) return { cart: existing }
  const regionId = await regionIdForCountry(await getCountry(request))
  const result = await storeCall<{ cart: StoreCart }>(`/store/carts?fields=${CART_FIELDS}`, {
    body: { region_id: regionId },
  })
  if (!result.ok) throw new Response(result.message, { status: 400 })
  return { cart: result.body.cart, setCookie: await cartCookie.serialize(result.body.cart.id) }
}

/** Updates the cart (region, email, address…); 4xx comes back as a message. */
export async function updateCart(cartId: string, body: Record<string, unknown>, locale: Locale) {
  return storeCall<{ cart: StoreCart }>(`/store/carts/${cartId}?fields=${CART_FIELDS}`, { body, locale })
}

/**
 * The buyer's words for a refused cart change, chosen by the answer's error code (@ocop/domain's
 * ERROR_CODES), never by its text: a stock shortage says how many are left; every other reason has
 * its own message; anything unknown is a generic failure.
 */
export async function cartProblem(code: string | undefined, variantId: string | null, locale: Locale): Promise<string> {
  if (code === "out_of_stock") {
    const available = variantId ? await availableQuantity(variantId) : null
    return available && available > 0
      ? translate(locale, "cart.outOfStock", { available })
      : translate(locale, "cart.outOfStockNone")
  }
  if (isErrorCode(code)) return errorMessage(code, locale)
  return translate(locale, "cart.failed")
}

async function availableQuantity(variantId: string): Promise<number | null> {
  const result = await storeCall<{ variants: { id: string; inventory_quantity?: number | null }[] }>(
    `/store/product-variants?id=${encodeURIComponent(variantId)}&fields=id,%2Binventory_quantity`,
  )
  if (!result.ok) return null
  return result.body.variants.find((v) => v.id === variantId)?.inventory_quantity ?? null
}
