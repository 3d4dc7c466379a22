import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LeadUpdate, LeadValues } from "@ocop/domain"
import { eventError } from "../errors"
import { eventService, loadEvent, loadWritableEvent } from "../load"

/**
 * Records a trade buyer met at the booth of an event that is not closed, for a producer taking
 * part in it; the compensation removes it.
 */
export const recordLeadStep = createStep(
  "record-event-lead",
  async (input: { event_id: string; values: LeadValues; actor_id: string }, { container }) => {
    const event = await loadWritableEvent(container, input.event_id)
    if (!event.participants.some((p) => p.producer_id === input.values.producer_id)) {
      throw eventError("producer_not_participant")
    }
    const lead = await eventService(container).createEventLeads({
      ...input.values,
      product_ids: input.values.product_ids as unknown as Record<string, unknown>,
      event_id: event.id,
      recorded_by: input.actor_id,
    })
    return new StepResponse(lead, lead.id)
  },
  async (id, { container }) => {
    if (id) await eventService(container).deleteEventLeads([id])
  },
)

/**
 * The follow-up of a lead: status, note, contact, volume. It goes on after the event closes — the
 * event's record is closed, the buyer's business is not — so only the lead's existence is checked.
 */
export const followUpLeadStep = createStep(
  "follow-up-event-lead",
  async (input: { event_id: string; lead_id: string; changes: LeadUpdate }, { container }) => {
    const event = await loadEvent(container, input.event_id)
    const lead = event.leads.find((l) => l.id === input.lead_id)
    if (!lead) throw eventError("lead_not_found")
    const before = Object.fromEntries(
      Object.keys(input.changes).map((k) => [k, (lead as unknown as Record<string, unknown>)[k]]),
    )
    await eventService(container).updateEventLeads({ id: lead.id, ...input.changes })
    return new StepResponse(lead.id, { id: lead.id, ...before })
  },
  async (before, { container }) => {
    if (before) await eventService(container).updateEventLeads(before)
  },
)
