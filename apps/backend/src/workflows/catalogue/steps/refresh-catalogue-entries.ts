import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { invalidateCatalogueCache } from "../../../modules/ocop/catalogue-cache"
import { recountCatalogue } from "../../../modules/ocop/catalogue-counts"
import type OcopModuleService from "../../../modules/ocop/service"
import { computeCatalogueEntries, type CatalogueEntryData } from "../compute-entries"

export const refreshCatalogueEntriesStepId = "refresh-catalogue-entries"

/** How many products one pass of a full rebuild reads and writes. */
export const CATALOGUE_BATCH_SIZE = 500

export type RefreshCatalogueInput = { product_ids?: string[] }
export type RefreshCatalogueResult = { refreshed: number; listed: number; removed: number }

type SavedEntry = CatalogueEntryData & { id: string }

/** What the compensation restores; null for a full rebuild. */
type RefreshSnapshot = { product_ids: string[]; previous: SavedEntry[] } | null

function toSaved(entry: Record<string, any>): SavedEntry {
  const { id, product_id, handle, title, title_en, subtitle, thumbnail, search_text } = entry
  return {
    id,
    product_id,
    handle,
    title,
    title_en,
    subtitle,
    thumbnail,
    search_text,
    product_group: entry.product_group,
    origin_district: entry.origin_district,
    producer_id: entry.producer_id,
    producer_handle: entry.producer_handle,
    producer_active: entry.producer_active,
    certification_id: entry.certification_id,
    star_level: entry.star_level,
    is_certified: entry.is_certified,
    min_price: entry.min_price === null || entry.min_price === undefined ? null : Number(entry.min_price),
    min_price_usd:
      entry.min_price_usd === null || entry.min_price_usd === undefined ? null : Number(entry.min_price_usd),
    published: entry.published,
    is_listed: entry.is_listed,
    product_created_at: entry.product_created_at,
  }
}

async function writeBatch(container: MedusaContainer, productIds: string[]): Promise<RefreshCatalogueResult> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const { entries, withoutEntry } = await computeCatalogueEntries(container, productIds)
  const existing = await ocop.listCatalogueEntries({ product_id: productIds }, { select: ["id", "product_id"] })
  const idOf = new Map(existing.map((e) => [e.product_id, e.id]))
  const stale = existing.filter((e) => withoutEntry.includes(e.product_id)).map((e) => e.id)
  const updates = entries.filter((e) => idOf.has(e.product_id)).map((e) => ({ ...e, id: idOf.get(e.product_id)! }))
  const creates = entries.filter((e) => !idOf.has(e.product_id))
  if (stale.length) await ocop.deleteCatalogueEntries(stale)
  if (updates.length) await ocop.updateCatalogueEntries(updates)
  if (creates.length) await ocop.createCatalogueEntries(creates)
  return { refreshed: entries.length, listed: entries.filter((e) => e.is_listed).length, removed: stale.length }
}

/**
 * Writes one batch; a second pass follows any failure of the first: a concurrent refresh (a
 * subscriber racing a workflow) inserted the same product first, so the unique index refused our
 * insert and the second pass updates instead; or PostgreSQL aborted the batch as a deadlock
 * (40P01) with a concurrent refresh on catalogue_count's rows (decision 035).
 */
async function writeBatchWithRetry(container: MedusaContainer, productIds: string[]) {
  try {
    try {
      return await writeBatch(container, productIds)
    } catch {
      return await writeBatch(container, productIds)
    }
  } finally {
    // The store's cached catalogue responses and counts are stale now (decision 009), also when
    // the batch failed half-way.
    invalidateCatalogueCache()
  }
}

async function rebuildAll(container: MedusaContainer): Promise<RefreshCatalogueResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const total: RefreshCatalogueResult = { refreshed: 0, listed: 0, removed: 0 }
  const seen = new Set<string>()
  for (let skip = 0; ; skip += CATALOGUE_BATCH_SIZE) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: CATALOGUE_BATCH_SIZE, order: { id: "ASC" } },
    })
    const ids = (data as { id: string }[]).map((p) => p.id)
    ids.forEach((id) => seen.add(id))
    if (ids.length === 0) break
    const result = await writeBatchWithRetry(container, ids)
    total.refreshed += result.refreshed
    total.listed += result.listed
    total.removed += result.removed
    if (ids.length < CATALOGUE_BATCH_SIZE) break
  }
  // Rows of products deleted without an event reaching us.
  const all = await ocop.listCatalogueEntries({}, { select: ["id", "product_id"] })
  const orphans = all.filter((e) => !seen.has(e.product_id)).map((e) => e.id)
  if (orphans.length) {
    await ocop.deleteCatalogueEntries(orphans)
    invalidateCatalogueCache()
  }
  total.removed += orphans.length
  // Triggers keep catalogue_count with every write above; a full rebuild also recounts it, so a
  // rebuild repairs the counts as it repairs the entries (decision 035).
  await recountCatalogue(container.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  return total
}

/**
 * Recomputes catalogue rows. With product_ids, the previous rows are kept so the compensation can
 * put them back if the enclosing workflow fails; a full rebuild has nothing to undo (it only
 * derives data from the source tables, and a rerun gives the same result).
 */
export const refreshCatalogueEntriesStep = createStep(
  refreshCatalogueEntriesStepId,
  async (input: RefreshCatalogueInput, { container }) => {
    if (!input.product_ids)
      return new StepResponse<RefreshCatalogueResult, RefreshSnapshot>(await rebuildAll(container), null)
    const ids = [...new Set(input.product_ids)]
    if (ids.length === 0)
      return new StepResponse<RefreshCatalogueResult, RefreshSnapshot>({ refreshed: 0, listed: 0, removed: 0 }, null)
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const previous = (await ocop.listCatalogueEntries({ product_id: ids })).map(toSaved)
    let result: RefreshCatalogueResult = { refreshed: 0, listed: 0, removed: 0 }
    for (let i = 0; i < ids.length; i += CATALOGUE_BATCH_SIZE) {
      const batch = await writeBatchWithRetry(container, ids.slice(i, i + CATALOGUE_BATCH_SIZE))
      result = {
        refreshed: result.refreshed + batch.refreshed,
        listed: result.listed + batch.listed,
        removed: result.removed + batch.removed,
      }
    }
    return new StepResponse<RefreshCatalogueResult, RefreshSnapshot>(result, { product_ids: ids, previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    try {
      const current = await ocop.listCatalogueEntries({ product_id: snapshot.product_ids }, { select: ["id"] })
      if (current.length) await ocop.deleteCatalogueEntries(current.map((e) => e.id))
      if (snapshot.previous.length) await ocop.createCatalogueEntries(snapshot.previous)
    } finally {
      invalidateCatalogueCache()
    }
  },
)
