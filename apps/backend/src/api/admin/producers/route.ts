import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foldVietnamese, type ProducerInput } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { createProducersWorkflow } from "../../../workflows/producer/workflows/create-producers"
import { requestLocale, sendDuplicate } from "../../utils/http"
import { filtersFrom, orderOf } from "../../utils/paging"
import { adminProducer } from "../../utils/serialize"
import type { AdminProducersQuery } from "./validators"

/** GET /admin/producers — the register, searchable without diacritics. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminProducersQuery
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const filters = filtersFrom(query, ["id", "district", "kind", "status"])
  if (query.q) filters.search_text = { $ilike: `%${escapeLike(foldVietnamese(query.q))}%` }
  const [producers, count] = await service.listAndCountProducers(filters, {
    skip: query.offset,
    take: query.limit,
    order: orderOf(query.order),
  })
  res.json({ producers: producers.map(adminProducer), count, limit: query.limit, offset: query.offset })
}

/** POST /admin/producers — registers a producer (409 when the handle is taken). */
export async function POST(req: MedusaRequest<ProducerInput>, res: MedusaResponse) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [taken] = await service.listProducers({ handle: req.validatedBody.handle }, { take: 1 })
  if (taken) return sendDuplicate(res, "handle", requestLocale(req))
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  const producer = await service.retrieveProducer(result[0]!.id)
  res.status(201).json({ producer: adminProducer(producer) })
}

/** Escapes LIKE wildcards in user text so "50%" searches for a percent sign. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
