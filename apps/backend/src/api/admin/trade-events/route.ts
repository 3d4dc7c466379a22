import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foldVietnamese, type TradeEventValues } from "@ocop/domain"
import type { z } from "zod"
import { answeringEventRefusals } from "../../../workflows/event/errors"
import { eventService, loadEvent } from "../../../workflows/event/load"
import { checkResponsible } from "../../../workflows/event/responsible"
import { createTradeEventWorkflow } from "../../../workflows/event/workflows/create-trade-event"
import { requestLocale } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { eventBudget, eventSummary, eventView } from "./serialize"
import type { adminEventsQuerySchema } from "./validators"

/** GET /admin/trade-events — events with their budget totals, newest first by default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as z.infer<typeof adminEventsQuerySchema>
  const filters: Record<string, unknown> = {}
  if (query.id) filters.id = query.id
  if (query.kind) filters.kind = query.kind
  if (query.status) filters.status = query.status
  let rows = await eventService(req.scope).listTradeEvents(filters, {
    relations: ["budget_lines", "budget_lines.spendings", "participants"],
    order: orderOf(query.order),
  })
  // A province holds a few events a year: search in memory, without marks.
  if (query.q) {
    const q = foldVietnamese(query.q)
    rows = rows.filter((e) => foldVietnamese(`${e.name} ${e.name_en} ${e.province} ${e.handle}`).includes(q))
  }
  res.json({
    trade_events: rows.slice(query.offset, query.offset + query.limit).map((e) => {
      const { budget_total, spent_total } = eventBudget(e)
      return { ...eventSummary(e), budget_total, spent_total, participant_count: e.participants.length }
    }),
    count: rows.length,
    limit: query.limit,
    offset: query.offset,
  })
}

/** POST /admin/trade-events — a planned event with its budget lines and its booth (a place of sale). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const values = req.validatedBody as TradeEventValues
    await checkResponsible(req.scope, values.responsible_user_id)
    const { result } = await createTradeEventWorkflow(req.scope).run({ input: { values } })
    res.status(201).json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, result.id)) })
  })
}
