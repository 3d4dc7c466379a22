import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  CERTIFIED_STAR_LEVELS,
  DISTRICT_CODES,
  PRODUCT_GROUP_CODES,
  type CatalogueFacets,
  type CatalogueQuery,
} from "@ocop/domain"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { filtersOf } from "../cards"

/** Every key present, zero when no product has it, so the filter panel never guesses. */
function complete<K extends string>(keys: readonly K[], counts: Record<string, number>): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<K, number>
}

/**
 * GET /store/catalogue/facets — product counts per star level, group and district for the same
 * filters as /store/catalogue. Each dimension is counted with every filter except its own, so a
 * buyer who picked 4★ still sees how many 3★ and 5★ products the other filters leave.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<CatalogueFacets>) {
  const query = req.validatedQuery as unknown as CatalogueQuery
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const counts = await ocop.catalogueFacets(filtersOf(query))
  res.json({
    stars: complete(CERTIFIED_STAR_LEVELS.map(String) as ("3" | "4" | "5")[], counts.stars),
    groups: complete(PRODUCT_GROUP_CODES, counts.groups),
    districts: complete(DISTRICT_CODES, counts.districts),
  })
}
