import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eventDays, eventSpan, type TradeEventUpdate } from "@ocop/domain"
import { eventError } from "../errors"
import { eventService, loadWritableEvent } from "../load"

export const updateTradeEventStepId = "update-trade-event"

type LineSnapshot = { id: string; kind: string; label: string | null; amount: number }

/**
 * Changes an event that is not closed. A `budget_lines` list replaces the lines: kept by id, new
 * without one, and a line left out is removed unless money was spent on it. The compensation puts
 * the fields and lines back as they were.
 */
export const updateTradeEventStep = createStep(
  updateTradeEventStepId,
  async (input: { event_id: string; changes: TradeEventUpdate }, { container }) => {
    const service = eventService(container)
    const event = await loadWritableEvent(container, input.event_id)
    const { budget_lines, starts_on, ends_on, ...fields } = input.changes
    if (fields.handle && fields.handle !== event.handle) {
      const taken = await service.listTradeEvents({ handle: fields.handle }, { select: ["id"], take: 1 })
      if (taken.length) throw eventError("event_handle_taken")
    }
    const span: { starts_at?: Date; ends_at?: Date } =
      starts_on || ends_on
        ? eventSpan(starts_on ?? eventDays(event).starts_on, ends_on ?? eventDays(event).ends_on)
        : {}
    if (span.starts_at && span.ends_at && span.starts_at >= span.ends_at) throw eventError("event_days_inverted")
    const before = {
      fields: Object.fromEntries(
        [...Object.keys(fields), ...Object.keys(span)].map((k) => [k, (event as Record<string, unknown>)[k]]),
      ),
      lines: event.budget_lines.map((l): LineSnapshot => ({
        id: l.id,
        kind: l.kind,
        label: l.label,
        amount: Number(l.amount),
      })),
      created: [] as string[],
      removed: [] as string[],
    }
    await service.updateTradeEvents({ id: event.id, ...fields, ...span })
    if (budget_lines) {
      const keep = new Set(budget_lines.flatMap((l) => (l.id ? [l.id] : [])))
      for (const id of keep) {
        if (!event.budget_lines.some((l) => l.id === id)) throw eventError("budget_line_not_found")
      }
      const removed = event.budget_lines.filter((l) => !keep.has(l.id))
      if (removed.some((l) => l.spendings.length > 0)) throw eventError("budget_line_spent")
      if (removed.length) await service.softDeleteEventBudgetLines(removed.map((l) => l.id))
      before.removed = removed.map((l) => l.id)
      const kept = budget_lines.filter((l) => l.id)
      if (kept.length) {
        await service.updateEventBudgetLines(
          kept.map((l) => ({ id: l.id!, kind: l.kind, label: l.label ?? null, amount: l.amount })),
        )
      }
      const fresh = budget_lines.filter((l) => !l.id)
      if (fresh.length) {
        const made = await service.createEventBudgetLines(
          fresh.map((l) => ({ kind: l.kind, label: l.label ?? null, amount: l.amount, event_id: event.id })),
        )
        before.created = made.map((l) => l.id)
      }
    }
    return new StepResponse(event.id, { id: event.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    const service = eventService(container)
    await service.updateTradeEvents({ id: before.id, ...before.fields })
    if (before.created.length) await service.deleteEventBudgetLines(before.created)
    if (before.removed.length) await service.restoreEventBudgetLines(before.removed)
    const kept = before.lines.filter((l) => !before.removed.includes(l.id))
    if (kept.length) await service.updateEventBudgetLines(kept as never)
  },
)
