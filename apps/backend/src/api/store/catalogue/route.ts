import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CatalogueListResponse, CatalogueQuery } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { catalogueCards, filtersOf } from "./cards"

/**
 * GET /store/catalogue — certified, published products of active producers, filtered, searched
 * without diacritics and sorted, from the catalogue read model.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<CatalogueListResponse>) {
  const query = req.validatedQuery as unknown as CatalogueQuery
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const { rows, count } = await ocop.searchCatalogue(filtersOf(query), {
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  })
  res.json({ products: await catalogueCards(req.scope, rows), count, limit: query.limit, offset: query.offset })
}
