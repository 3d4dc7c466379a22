import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CERTIFIED_STAR_LEVELS,
  DISTRICT_CODES,
  PRODUCT_GROUP_CODES,
  type CatalogueFacets,
  type CatalogueQuery,
} from "@ocop/domain"
import { catalogueCacheGeneration, catalogueResponses } from "../../../../modules/ocop/catalogue-cache"
import { countFacets, filtersKey } from "../../../../modules/ocop/catalogue-search"
import { filtersOf } from "../cards"
import { sendCachedJson, sendJson } from "../respond"

/** Every key present, zero when no product has it, so the filter panel never guesses. */
function complete<K extends string>(keys: readonly K[], counts: Record<string, number>): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<K, number>
}

/**
 * GET /store/catalogue/facets — product counts per star level, group and district for the same
 * filters as /store/catalogue. Each dimension is counted with every filter except its own, so a
 * buyer who picked 4★ still sees how many 3★ and 5★ products the other filters leave. Responses
 * are kept for a few seconds per filter set and dropped when the catalogue is refreshed
 * (decision 009).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<CatalogueFacets>) {
  const query = req.validatedQuery as unknown as CatalogueQuery
  const filters = filtersOf(query)
  const key = `facets:${filtersKey(filters)}`
  if (sendCachedJson(res, catalogueResponses.get(key))) return

  const since = catalogueCacheGeneration()
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const counts = await countFacets(knex, filters)
  const body: CatalogueFacets = {
    stars: complete(CERTIFIED_STAR_LEVELS.map(String) as ("3" | "4" | "5")[], counts.stars),
    groups: complete(PRODUCT_GROUP_CODES, counts.groups),
    districts: complete(DISTRICT_CODES, counts.districts),
  }
  catalogueResponses.set(key, sendJson(res, body), since)
}
