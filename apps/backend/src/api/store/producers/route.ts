import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerListResponse } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerProfile } from "../../utils/serialize"
import type { StoreProducersQuery } from "./validators"

/** GET /store/producers — active producers with the number of their products in the catalogue. */
export async function GET(req: MedusaRequest, res: MedusaResponse<ProducerListResponse>) {
  const query = req.validatedQuery as unknown as StoreProducersQuery
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const filters: Record<string, unknown> = { status: "active" }
  if (query.district) filters.district = query.district
  if (query.kind) filters.kind = query.kind
  const [producers, count] = await service.listAndCountProducers(filters, {
    skip: query.offset,
    take: query.limit,
    order: { name: "ASC", id: "ASC" },
  })
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const listed = producers.length
    ? await ocop.listCatalogueEntries(
        { producer_id: producers.map((p) => p.id), is_listed: true },
        { select: ["producer_id"] },
      )
    : []
  const countOf = new Map<string, number>()
  for (const e of listed) countOf.set(e.producer_id, (countOf.get(e.producer_id) ?? 0) + 1)
  res.json({
    producers: producers.map((p) => producerProfile(p, countOf.get(p.id) ?? 0)),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}
