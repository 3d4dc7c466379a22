import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import {
  applyCatalogueFilters,
  applyCatalogueSort,
  priceColumn,
  CATALOGUE_TABLE,
  countFacet,
  type CatalogueFilters,
  type CatalogueSortOrder,
} from "./catalogue-search"
import { CatalogueEntry } from "./models/catalogue-entry"
import { Certification } from "./models/certification"
import { Inspection } from "./models/inspection"
import { ProductProfile } from "./models/product-profile"

/** A catalogue_entry row as the store API reads it (numeric columns converted to numbers). */
export type CatalogueEntryRow = {
  id: string
  product_id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  thumbnail: string | null
  product_group: string
  origin_district: string
  producer_id: string
  producer_handle: string
  certification_id: string | null
  star_level: number | null
  min_price: number | null
  product_created_at: Date
}

const ENTRY_COLUMNS = [
  "id",
  "product_id",
  "handle",
  "title",
  "title_en",
  "subtitle",
  "thumbnail",
  "product_group",
  "origin_district",
  "producer_id",
  "producer_handle",
  "certification_id",
  "star_level",
  "min_price",
  "product_created_at",
]

function toRow(raw: Record<string, unknown>): CatalogueEntryRow {
  return {
    ...(raw as unknown as CatalogueEntryRow),
    star_level: raw.star_level === null ? null : Number(raw.star_level),
    min_price: raw.min_price === null ? null : Number(raw.min_price),
    product_created_at: new Date(raw.product_created_at as string),
  }
}

/** Certificates, inspections, product profiles and the catalogue read model. */
class OcopModuleService extends MedusaService({
  Certification,
  Inspection,
  ProductProfile,
  CatalogueEntry,
}) {
  /** One page of the storefront catalogue and the total count, in a single indexed query. */
  @InjectManager()
  async searchCatalogue(
    filters: CatalogueFilters,
    page: { sort: CatalogueSortOrder; limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: CatalogueEntryRow[]; count: number }> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const qb = knex(CATALOGUE_TABLE)
      .select(ENTRY_COLUMNS)
      .select(knex.raw("count(*) over() as full_count"))
      .limit(page.limit)
      .offset(page.offset)
    applyCatalogueFilters(qb, filters)
    applyCatalogueSort(qb, page.sort, priceColumn(filters))
    const raw = (await qb) as Record<string, unknown>[]
    if (raw.length > 0) return { rows: raw.map(toRow), count: Number(raw[0]!.full_count) }
    // A page past the end has no row to carry the window count.
    const countQb = knex(CATALOGUE_TABLE).count("* as count")
    applyCatalogueFilters(countQb, filters)
    const [counted] = (await countQb) as unknown as { count: string }[]
    return { rows: [], count: Number(counted?.count ?? 0) }
  }

  /** Facet counts per star level, group and district; each ignores its own filter. */
  @InjectManager()
  async catalogueFacets(
    filters: CatalogueFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ stars: Record<string, number>; groups: Record<string, number>; districts: Record<string, number> }> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const [stars, groups, districts] = await Promise.all([
      countFacet(knex, filters, "stars"),
      countFacet(knex, filters, "group"),
      countFacet(knex, filters, "district"),
    ])
    return { stars, groups, districts }
  }
}

export default OcopModuleService
