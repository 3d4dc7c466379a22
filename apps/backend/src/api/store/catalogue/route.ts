import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogueListResponse, CatalogueQuery } from "@ocop/domain"
import { catalogueCacheGeneration, catalogueCounts, catalogueResponses } from "../../../modules/ocop/catalogue-cache"
import { countsCover } from "../../../modules/ocop/catalogue-counts"
import { countCatalogue, filtersKey } from "../../../modules/ocop/catalogue-search"
import { catalogueCardsPage, filtersOf } from "./cards"
import { sendCachedJson, sendJson } from "./respond"

/**
 * GET /store/catalogue — certified, published products of active producers, filtered, searched
 * without diacritics and sorted, from the catalogue read model.
 *
 * One SQL statement reads the page with its certificates and producers. When only star level,
 * group and district filter, the same statement sums the total from catalogue_count (decision
 * 035); otherwise the total is a count query run alongside it and kept briefly per filter set
 * (paging through the same filters counts once). Whole responses are kept for a few seconds per
 * normalised query and dropped whenever the catalogue is refreshed (decision 009).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<CatalogueListResponse>) {
  const query = req.validatedQuery as unknown as CatalogueQuery
  const filters = filtersOf(query)
  const fkey = filtersKey(filters)
  const key = `list:${fkey}:${query.sort}:${query.limit}:${query.offset}`
  if (sendCachedJson(res, catalogueResponses.get(key))) return

  const since = catalogueCacheGeneration()
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const page = { sort: query.sort, limit: query.limit, offset: query.offset }
  const knownCount = catalogueCounts.get(fkey)
  const [{ products, total }, counted] = await Promise.all([
    catalogueCardsPage(knex, filters, page),
    countsCover(filters) ? undefined : (knownCount ?? countCatalogue(knex, filters)),
  ])
  const count = total ?? counted!
  if (knownCount === undefined && counted !== undefined) catalogueCounts.set(fkey, counted, since)

  const body: CatalogueListResponse = {
    products,
    count,
    limit: query.limit,
    offset: query.offset,
  }
  catalogueResponses.set(key, sendJson(res, body), since)
}
