import { data, redirect } from "@remix-run/node"
import { translate, type Locale } from "~/i18n"
import { returnPath } from "~/i18n/locale.server"
import type { StoreCart } from "./cart-types"
import {
  cartCookie,
  cartProblem,
  countryCookie,
  ensureCart,
  getCart,
  parseCountry,
  regionIdForCountry,
  updateCart,
} from "./cart.server"
import { storeCall } from "./medusa.server"

/** What the cart page shows after a refused change. */
export type CartActionData = {
  formError?: string
  lineErrors?: Record<string, string>
  submitted?: Record<string, string>
}

const QUANTITY = /^\s*\d{1,2}\s*$/

function quantityOf(value: FormDataEntryValue | null): number | null {
  if (typeof value !== "string" || !QUANTITY.test(value)) return null
  const n = Number(value)
  return n >= 1 && n <= 99 ? n : null
}

/** POST /cart intent=add: a variant from the product page or a card; refusals stay on the cart page. */
export async function addToCart(request: Request, form: FormData, locale: Locale) {
  const handle = form.get("handle")
  const variantId = form.get("variant_id") || (typeof handle === "string" ? await firstVariantInStock(handle) : null)
  const quantity = quantityOf(form.get("quantity") ?? "1")
  if (typeof variantId !== "string" || !variantId)
    return data<CartActionData>({ formError: translate(locale, "cart.failed") }, 400)
  if (!quantity) return data<CartActionData>({ formError: translate(locale, "cart.badQuantity") }, 400)
  const { cart, setCookie } = await ensureCart(request)
  const headers = setCookie ? { "Set-Cookie": setCookie } : undefined
  const result = await storeCall<{ cart: StoreCart }>(`/store/carts/${cart.id}/line-items`, {
    body: { variant_id: variantId, quantity },
    locale,
  })
  if (!result.ok) {
    return data<CartActionData>(
      { formError: await cartProblem(result.code, variantId, locale) },
      { status: 400, headers },
    )
  }
  return redirect("/cart", { headers })
}

/** POST /cart intent=update: a new quantity for a line; a shortage is shown next to that line. */
export async function updateLine(request: Request, form: FormData, locale: Locale) {
  const cart = await getCart(request)
  const lineId = String(form.get("line_id") ?? "")
  const line = cart?.items.find((item) => item.id === lineId)
  if (!cart || !line) return redirect("/cart")
  const submitted = { [lineId]: String(form.get("quantity") ?? "") }
  const quantity = quantityOf(form.get("quantity"))
  if (!quantity)
    return data<CartActionData>({ lineErrors: { [lineId]: translate(locale, "cart.badQuantity") }, submitted }, 400)
  const result = await storeCall(`/store/carts/${cart.id}/line-items/${lineId}`, { body: { quantity }, locale })
  if (!result.ok) {
    return data<CartActionData>(
      { lineErrors: { [lineId]: await cartProblem(result.code, line.variant_id, locale) }, submitted },
      400,
    )
  }
  return redirect("/cart")
}

/** POST /cart intent=remove. */
export async function removeLine(request: Request, form: FormData, locale: Locale) {
  const cart = await getCart(request)
  const lineId = String(form.get("line_id") ?? "")
  if (cart && cart.items.some((item) => item.id === lineId)) {
    await storeCall(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "DELETE", locale })
  }
  return redirect("/cart")
}

/** POST /cart intent=country: remembers the country and moves an open cart to that country's region. */
export async function chooseCountry(request: Request, form: FormData, locale: Locale) {
  const country = parseCountry(form.get("country")) ?? "vn"
  const cart = await getCart(request)
  if (cart) {
    const regionId = await regionIdForCountry(country)
    // The old address and delivery belong to the old region; Medusa re-prices the lines.
    if (regionId !== cart.region_id) await updateCart(cart.id, { region_id: regionId }, locale)
  }
  return redirect(returnPath(request, form.get("redirectTo")), {
    headers: { "Set-Cookie": await countryCookie.serialize(country) },
  })
}

/** Forgets the cart once it became an order. */
export function forgetCart(): Promise<string> {
  return cartCookie.serialize("", { maxAge: 0 })
}

/** A card posts the product handle: the first variant with stock, else the first one (the cart then explains). */
async function firstVariantInStock(handle: string): Promise<string | null> {
  const result = await storeCall<{
    products: { variants: { id: string; inventory_quantity?: number | null; manage_inventory?: boolean }[] }[]
  }>(
    `/store/products?handle=${encodeURIComponent(handle)}&fields=id,variants.id,variants.manage_inventory,%2Bvariants.inventory_quantity`,
  )
  const variants = result.ok ? (result.body.products[0]?.variants ?? []) : []
  return (variants.find((v) => !v.manage_inventory || (v.inventory_quantity ?? 0) > 0) ?? variants[0])?.id ?? null
}
