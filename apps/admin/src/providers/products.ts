import { compareVariants, usdCentsFromAmount } from "@ocop/domain"
import { HttpError, type Identifier, type RaRecord } from "react-admin"
import type { HttpClient } from "./http-client"

/**
 * The console's "products" resource joins two backend shapes: Medusa's product (texts, status,
 * images, variants with their VND and USD prices) and our OCOP profile (producer, group, district,
 * English texts). Variants are changed through `/admin/products/:id/ocop/variants`, which adds the
 * packaging values they need and speaks whole đồng and US cents (Medusa stores dollars).
 */
type Request = HttpClient

const PRODUCT_FIELDS = [
  "id,title,handle,description,status,thumbnail,created_at,updated_at",
  "*images,*variants,*variants.prices,variants.inventory_items.inventory_item_id",
].join(",")
const OCOP_FIELDS = ["producer_id", "product_group", "origin_district", "title_en", "description_en"] as const
const MEDUSA_FIELDS = ["title", "handle", "description", "status"] as const

/** A variant as the form holds it: `price` in đồng, `price_usd` in US cents. */
export interface VariantRow {
  id?: string
  title: string
  sku?: string | null
  price: number | null
  price_usd?: number | null
  manage_inventory?: boolean
  inventory_item_id?: string | null
}

interface MedusaVariant {
  id: string
  title: string
  variant_rank?: number | null
  created_at?: string
  sku?: string | null
  manage_inventory?: boolean
  prices?: { currency_code: string; amount: number; price_list_id?: string | null; rules?: Record<string, unknown> }[]
  inventory_items?: { inventory_item_id: string }[]
}

/** The base price in a currency: not a price list's, not a rule's (region) price. */
const baseAmount = (v: MedusaVariant, code: string) =>
  v.prices?.find((p) => p.currency_code === code && !p.price_list_id && Object.keys(p.rules ?? {}).length === 0)
    ?.amount ?? null

/** A Medusa variant as a form row. */
export function variantRow(v: MedusaVariant): VariantRow {
  const usd = baseAmount(v, "usd")
  return {
    id: v.id,
    title: v.title,
    sku: v.sku ?? null,
    price: baseAmount(v, "vnd"),
    price_usd: usd === null ? null : usdCentsFromAmount(usd),
    manage_inventory: v.manage_inventory ?? false,
    inventory_item_id: v.inventory_items?.[0]?.inventory_item_id ?? null,
  }
}

const pick = (data: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k] === "" ? null : data[k]]))

/** The OCOP profile body; English texts are sent as null when emptied so the server clears them. */
function ocopBody(data: Record<string, unknown>) {
  const body = pick(data, OCOP_FIELDS)
  return { ...body, title_en: body.title_en ?? null, description_en: body.description_en ?? null }
}

type OcopView = {
  producer?: { id: string } | null
  profile?: Record<string, unknown> | null
  star_level?: number | null
  is_listed?: boolean
}

type MedusaProduct = Record<string, unknown> & { id: string; variants?: MedusaVariant[] }

/** Product + OCOP profile as one react-admin record. */
function productRecord(product: MedusaProduct, ocop: OcopView): RaRecord {
  return {
    ...product,
    id: product.id as Identifier,
    variants: [...(product.variants ?? [])].sort(compareVariants).map(variantRow),
    producer_id: ocop.producer?.id ?? null,
    product_group: ocop.profile?.product_group ?? null,
    origin_district: ocop.profile?.origin_district ?? null,
    title_en: ocop.profile?.title_en ?? null,
    description_en: ocop.profile?.description_en ?? null,
    star_level: ocop.star_level ?? null,
    is_listed: ocop.is_listed ?? false,
  }
}

/** Reads a product and its OCOP view as one react-admin record. */
export async function getProduct(request: Request, id: Identifier): Promise<RaRecord> {
  const path = `/admin/products/${encodeURIComponent(String(id))}`
  const [{ product }, { product: ocop }] = await Promise.all([
    request<{ product: MedusaProduct }>(path, { query: { fields: PRODUCT_FIELDS } }),
    request<{ product: OcopView }>(`${path}/ocop`),
  ])
  return productRecord(product, ocop)
}

/**
 * Creates the product in one request (POST /admin/ocop-products): the server's workflow makes the
 * Medusa product (VND and USD prices, stock tracked unless unticked), links its producer and writes
 * its profile, and undoes all of it if any step fails.
 */
export async function createProduct(request: Request, data: Record<string, unknown>): Promise<RaRecord> {
  const variants = (data.variants as VariantRow[] | undefined) ?? []
  const { product, ocop } = await request<{ product: MedusaProduct; ocop: OcopView }>("/admin/ocop-products", {
    method: "POST",
    body: {
      ...pick(data, MEDUSA_FIELDS),
      ...ocopBody(data),
      variants: variants.map(newVariantBody),
    },
  }).catch((error: unknown) => {
    if (!(error instanceof HttpError)) throw error
    const errors = (error.body as { errors?: Record<string, string> } | null)?.errors
    if (!errors) throw error
    // the server names the VND price `price_vnd`, the form `price`
    const onRows = Object.fromEntries(
      Object.entries(errors).map(([key, message]) => [key.replace(/\.price_vnd$/, ".price"), message]),
    )
    throw new HttpError(error.message, error.status, { errors: onRows })
  })
  return productRecord(product, ocop)
}

/** A new form row as the server takes it: VND price `price_vnd`, USD in cents, stock tracked unless unticked. */
function newVariantBody(v: VariantRow) {
  return {
    title: v.title,
    sku: v.sku || null,
    price_vnd: v.price,
    price_usd: v.price_usd ?? null,
    manage_inventory: v.manage_inventory ?? true,
  }
}

/** The variants batch for what changed in the form: new rows, changed fields of kept rows, rows removed. */
export function variantChanges(rows: VariantRow[], previous: VariantRow[]) {
  const before = new Map(previous.filter((v) => v.id).map((v) => [v.id!, v]))
  const kept = new Set(rows.filter((v) => v.id).map((v) => v.id!))
  const create = rows.filter((v) => !v.id).map(newVariantBody)
  const update = rows.flatMap((v) => {
    const old = v.id ? before.get(v.id) : undefined
    if (!old) return []
    const change: Record<string, unknown> = {}
    if (v.title !== old.title) change.title = v.title
    if ((v.sku || null) !== (old.sku || null)) change.sku = v.sku || null
    if (v.price !== old.price) change.price_vnd = v.price
    if ((v.price_usd ?? null) !== (old.price_usd ?? null)) change.price_usd = v.price_usd ?? null
    if ((v.manage_inventory ?? false) !== (old.manage_inventory ?? false))
      change.manage_inventory = v.manage_inventory ?? false
    return Object.keys(change).length ? [{ id: v.id!, ...change }] : []
  })
  const remove = [...before.keys()].filter((id) => !kept.has(id))
  return { create, update, delete: remove }
}

const FORM_FIELD: Record<string, string> = { price_vnd: "price" }

/**
 * The server names a variant by its place in the batch (`create.0.sku`); the form by its row
 * (`variants.2.sku`). Errors are moved onto the rows so they show next to the inputs.
 */
export function variantErrorsOnRows(
  errors: Record<string, string>,
  rows: VariantRow[],
  batch: ReturnType<typeof variantChanges>,
) {
  const newRows = rows.flatMap((row, index) => (row.id ? [] : [index]))
  const rowOfId = new Map(rows.map((row, index) => [row.id, index]))
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(errors)) {
    const match = /^(create|update)\.(\d+)\.(\w+)$/.exec(key)
    const index = !match
      ? undefined
      : match[1] === "create"
        ? newRows[Number(match[2])]
        : rowOfId.get(batch.update[Number(match[2])]?.id)
    if (match && index !== undefined) out[`variants.${index}.${FORM_FIELD[match[3]!] ?? match[3]}`] = message
    else out.variants = message
  }
  return out
}

/** Saves texts and status, the variants (added, changed, removed) and the OCOP profile. */
export async function updateProduct(
  request: Request,
  id: Identifier,
  data: Record<string, unknown>,
  previous: Record<string, unknown>,
): Promise<RaRecord> {
  const path = `/admin/products/${encodeURIComponent(String(id))}`
  const changed = (keys: readonly string[]) => keys.some((k) => JSON.stringify(data[k]) !== JSON.stringify(previous[k]))
  if (changed(MEDUSA_FIELDS)) await request(path, { method: "POST", body: pick(data, MEDUSA_FIELDS) })
  const batch = variantChanges((data.variants as VariantRow[]) ?? [], (previous.variants as VariantRow[]) ?? [])
  if (batch.create.length + batch.update.length + batch.delete.length > 0) {
    try {
      await request(`${path}/ocop/variants`, { method: "POST", body: batch })
    } catch (error) {
      const errors =
        error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | null)?.errors : undefined
      if (!errors) throw error
      const onRows = variantErrorsOnRows(errors, (data.variants as VariantRow[]) ?? [], batch)
      throw new HttpError((error as HttpError).message, (error as HttpError).status, { errors: onRows })
    }
  }
  if (changed(OCOP_FIELDS)) await request(`${path}/ocop`, { method: "POST", body: ocopBody(data) })
  return getProduct(request, id)
}

/** Publishes or unpublishes (Medusa's status); the catalogue follows through the product events. */
export async function setProductStatus(request: Request, id: Identifier, status: "published" | "draft") {
  await request(`/admin/products/${encodeURIComponent(String(id))}`, { method: "POST", body: { status } })
}
