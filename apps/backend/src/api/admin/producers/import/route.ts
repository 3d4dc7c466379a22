import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerInput } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { importProducersWorkflow } from "../../../../workflows/producer/workflows/import-producers"
import { requestLocale } from "../../../utils/http"

const TAKEN = {
  vi: "Đường dẫn rút gọn này đã được dùng cho chủ thể khác",
  en: "This handle is already used by another producer",
} as const
const REPEATED = {
  vi: "Đường dẫn rút gọn này trùng với một dòng phía trên",
  en: "This handle repeats an earlier row",
} as const

/**
 * POST /admin/producers/import — registers every row or none. Rows were validated by the middleware
 * (400 names `producers.<row>.<field>`); taken or repeated handles answer 409 naming each row, and the
 * database's unique index plus the workflow's rollback cover a producer created meanwhile.
 */
export async function POST(req: MedusaRequest<{ producers: ProducerInput[] }>, res: MedusaResponse) {
  const rows = req.validatedBody.producers
  const locale = requestLocale(req)
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const existing = await service.listProducers({ handle: rows.map((r) => r.handle) }, { select: ["handle"] })
  const taken = new Set(existing.map((p) => p.handle))
  const seen = new Set<string>()
  const errors: Record<string, string> = {}
  rows.forEach((row, index) => {
    if (taken.has(row.handle)) errors[`producers.${index}.handle`] = TAKEN[locale]
    else if (seen.has(row.handle)) errors[`producers.${index}.handle`] = REPEATED[locale]
    seen.add(row.handle)
  })
  if (Object.keys(errors).length > 0) {
    const message = Object.values(errors)[0]!
    return res.status(409).json({ type: "duplicate_error", message, errors })
  }
  const { result } = await importProducersWorkflow(req.scope).run({ input: { producers: rows } })
  res.status(201).json({ imported: result.length, ids: result })
}
