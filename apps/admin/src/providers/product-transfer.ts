import type { ProductImportRow } from "@ocop/domain"
import type { HttpClient } from "./http-client"
import { variantRow, type VariantRow } from "./products"

/** What the import route answers: a dry run's counts, or the products written. */
export interface ImportResult {
  valid?: boolean
  imported?: number
  products?: number
  variants: number
  ids?: string[]
}

/** Sends a checked file: `dryRun` only asks the server what it would refuse; otherwise all rows are written or none. */
export async function importProducts(
  request: HttpClient,
  rows: ProductImportRow[],
  dryRun: boolean,
): Promise<ImportResult> {
  return request<ImportResult>("/admin/ocop-products/import", { method: "POST", body: { rows, dry_run: dryRun } })
}

/** Products per request when reading variants for an export: keeps the URL short. */
const EXPORT_CHUNK = 50

/** Variants with their prices for many products (an export of the list), by product id. */
export async function variantsOf(request: HttpClient, productIds: string[]): Promise<Record<string, VariantRow[]>> {
  const out: Record<string, VariantRow[]> = {}
  for (let i = 0; i < productIds.length; i += EXPORT_CHUNK) {
    const ids = productIds.slice(i, i + EXPORT_CHUNK)
    const { products } = await request<{ products: { id: string; variants?: Parameters<typeof variantRow>[0][] }[] }>(
      "/admin/products",
      {
        query: { id: ids, limit: ids.length, fields: "id,*variants,*variants.prices" },
      },
    )
    for (const p of products) out[p.id] = (p.variants ?? []).map(variantRow)
  }
  return out
}
