import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CatalogueProduct, CatalogueQuery } from "@ocop/domain"
import {
  fetchCatalogueCardRows,
  type CatalogueCardRow,
  type CatalogueFilters,
  type CatalogueSortOrder,
} from "../../../modules/ocop/catalogue-search"
import type { CatalogueEntryRow } from "../../../modules/ocop/service"
import { catalogueProduct, type CertificationRecord, type ProducerRecord } from "../../utils/serialize"

/** The filter part of a parsed catalogue query. */
export function filtersOf(query: CatalogueQuery): CatalogueFilters {
  const { stars, group, district, producer, price_min, price_max, q, currency_code } = query
  return { stars, group, district, producer, price_min, price_max, q, currency_code }
}

/**
 * One page of catalogue cards: a single statement reads the entries with their certificates and
 * producers, and the total when catalogue_count covers the filters (decision 035); entries whose
 * producer is gone are left out.
 */
export async function catalogueCardsPage(
  knex: Knex,
  filters: CatalogueFilters,
  page: { sort: CatalogueSortOrder; limit: number; offset: number },
): Promise<{ products: CatalogueProduct[]; total?: number }> {
  const { rows, total } = await fetchCatalogueCardRows(knex, filters, page)
  const now = new Date()
  const products = rows
    .filter((row): row is CatalogueCardRow & { p_id: string } => row.p_id !== null)
    .map((row) => cardFromRow(row, now, filters.currency_code))
  return { products, total }
}

/**
 * A catalogue card from one joined row of fetchCatalogueCardRows (the same card catalogueProduct
 * makes from the module records); the row must have a producer (p_id not null).
 */
export function cardFromRow(
  row: CatalogueCardRow & { p_id: string },
  now: Date,
  currencyCode: "vnd" | "usd" = "vnd",
): CatalogueProduct {
  const price = currencyCode === "usd" ? row.min_price_usd : row.min_price
  const entry: CatalogueEntryRow = {
    id: row.id,
    product_id: row.product_id,
    handle: row.handle,
    title: row.title,
    title_en: row.title_en,
    subtitle: row.subtitle,
    thumbnail: row.thumbnail,
    product_group: row.product_group,
    origin_district: row.origin_district,
    producer_id: row.p_id,
    producer_handle: row.p_handle,
    certification_id: row.c_id,
    star_level: row.c_star_level === null ? null : Number(row.c_star_level),
    min_price: price === null ? null : Number(price),
    product_created_at: new Date(row.product_created_at),
  }
  const certificate: CertificationRecord | undefined =
    row.c_id === null
      ? undefined
      : {
          id: row.c_id,
          product_id: row.product_id,
          certificate_number: row.c_certificate_number,
          star_level: row.c_star_level,
          score: row.c_score,
          decision_number: row.c_decision_number,
          decision_date: row.c_decision_date,
          issuing_level: row.c_issuing_level,
          valid_from: row.c_valid_from!,
          valid_until: row.c_valid_until!,
          revoked_at: row.c_revoked_at,
          revocation_reason: row.c_revocation_reason,
        }
  const producer: ProducerRecord = {
    id: row.p_id,
    handle: row.p_handle,
    name: row.p_name,
    kind: row.p_kind,
    district: row.p_district,
    commune: row.p_commune,
    logo_url: row.p_logo_url,
  }
  return catalogueProduct(entry, certificate, producer, now, currencyCode)
}
