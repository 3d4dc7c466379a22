import type { MedusaContainer } from "@medusajs/framework/types"
import type { CatalogueProduct, CatalogueQuery } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type { CatalogueFilters } from "../../../modules/ocop/catalogue-search"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CatalogueEntryRow } from "../../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { catalogueProduct } from "../../utils/serialize"

/** The filter part of a parsed catalogue query. */
export function filtersOf(query: CatalogueQuery): CatalogueFilters {
  const { stars, group, district, producer, price_min, price_max, q } = query
  return { stars, group, district, producer, price_min, price_max, q }
}

/**
 * Turns read-model rows into product cards with two batched look-ups (certificates, producers),
 * so a page costs three queries whatever its size.
 */
export async function catalogueCards(container: MedusaContainer, rows: CatalogueEntryRow[]): Promise<CatalogueProduct[]> {
  if (rows.length === 0) return []
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const certIds = rows.map((r) => r.certification_id).filter((id): id is string => Boolean(id))
  const [certs, owners] = await Promise.all([
    certIds.length ? ocop.listCertifications({ id: certIds }) : Promise.resolve([]),
    producers.listProducers({ id: [...new Set(rows.map((r) => r.producer_id))] }),
  ])
  const certOf = new Map(certs.map((c) => [c.id, c]))
  const producerOf = new Map(owners.map((p) => [p.id, p]))
  const now = new Date()
  return rows
    .filter((r) => producerOf.has(r.producer_id))
    .map((r) => catalogueProduct(r, r.certification_id ? certOf.get(r.certification_id) : undefined, producerOf.get(r.producer_id)!, now))
}
