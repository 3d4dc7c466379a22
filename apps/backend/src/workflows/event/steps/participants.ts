import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ParticipantStatus } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { eventError } from "../errors"
import { eventService, loadWritableEvent } from "../load"

export type ProductUnits = { product_id: string; units: number }

/** Refuses a product that is not the producer's (through the producer–product link). */
export const checkProductsOfProducerStep = createStep(
  "check-products-of-producer",
  async (input: { producer_id: string; products?: ProductUnits[] }, { container }) => {
    const ids = [...new Set((input.products ?? []).map((p) => p.product_id))]
    if (!ids.length) return new StepResponse(true)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: ids } })
    const owned = new Set(
      (data as { id: string; producer?: { id: string } | null }[])
        .filter((p) => p.producer?.id === input.producer_id)
        .map((p) => p.id),
    )
    if (ids.some((id) => !owned.has(id))) throw eventError("product_not_of_producer")
    return new StepResponse(true)
  },
)

/** Invites a producer to an event that is not closed; the compensation removes the invitation. */
export const inviteProducerStep = createStep(
  "invite-producer-to-event",
  async (
    input: {
      event_id: string
      producer_id: string
      booth_number?: string | null
      products: ProductUnits[]
      actor_id: string
    },
    { container },
  ) => {
    const event = await loadWritableEvent(container, input.event_id)
    const [producer] = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducers({ id: input.producer_id }, { select: ["id"], take: 1 })
    if (!producer) throw eventError("producer_not_found")
    if (event.participants.some((p) => p.producer_id === input.producer_id))
      throw eventError("producer_already_invited")
    const service = eventService(container)
    const participant = await service.createEventParticipants({
      event_id: event.id,
      producer_id: input.producer_id,
      booth_number: input.booth_number ?? null,
      invited_by: input.actor_id,
    })
    if (input.products.length) {
      await service.createEventParticipantProducts(
        input.products.map((p) => ({ ...p, participant_id: participant.id })),
      )
    }
    return new StepResponse(participant.id, participant.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = eventService(container)
    const products = await service.listEventParticipantProducts({ participant_id: id }, { select: ["id"] })
    if (products.length) await service.deleteEventParticipantProducts(products.map((p) => p.id))
    await service.deleteEventParticipants([id])
  },
)

type ParticipantChange = {
  event_id: string
  participant_id: string
  /** The producer answering: it may change only its own participation. */
  producer_id?: string
  booth_number?: string | null
  status?: ParticipantStatus
  answered_by?: string
  products?: ProductUnits[]
}

/**
 * Changes a participant of an event that is not closed: staff set its booth and products, the
 * producer answers (status and products). A product list replaces the old one. The compensation
 * puts the row and its products back.
 */
export const changeParticipantStep = createStep(
  "change-event-participant",
  async (input: ParticipantChange, { container }) => {
    const event = await loadWritableEvent(container, input.event_id)
    const participant = event.participants.find(
      (p) => p.id === input.participant_id && (!input.producer_id || p.producer_id === input.producer_id),
    )
    if (!participant) throw eventError("participant_not_found")
    const service = eventService(container)
    const before = {
      row: {
        id: participant.id,
        booth_number: participant.booth_number,
        status: participant.status,
        answered_by: participant.answered_by,
        answered_at: participant.answered_at,
      },
      products: input.products ? participant.products.map((p) => ({ product_id: p.product_id, units: p.units })) : null,
    }
    await service.updateEventParticipants({
      id: participant.id,
      ...(input.booth_number !== undefined ? { booth_number: input.booth_number } : {}),
      ...(input.status ? { status: input.status, answered_by: input.answered_by, answered_at: new Date() } : {}),
    })
    if (input.products) await replaceProducts(container, participant.id, input.products)
    return new StepResponse(participant.id, before)
  },
  async (before, { container }) => {
    if (!before) return
    await eventService(container).updateEventParticipants(before.row)
    if (before.products) await replaceProducts(container, before.row.id, before.products)
  },
)

async function replaceProducts(
  container: Parameters<typeof eventService>[0],
  participantId: string,
  products: ProductUnits[],
) {
  const service = eventService(container)
  const old = await service.listEventParticipantProducts({ participant_id: participantId }, { select: ["id"] })
  if (old.length) await service.deleteEventParticipantProducts(old.map((p) => p.id))
  if (products.length) {
    await service.createEventParticipantProducts(products.map((p) => ({ ...p, participant_id: participantId })))
  }
}

/** Records money spent against a line of an event that is not closed; the compensation removes it. */
export const recordSpendingStep = createStep(
  "record-event-spending",
  async (
    input: {
      event_id: string
      budget_line_id: string
      amount: number
      spent_on: string
      note?: string | null
      actor_id: string
    },
    { container },
  ) => {
    const event = await loadWritableEvent(container, input.event_id)
    if (!event.budget_lines.some((l) => l.id === input.budget_line_id)) throw eventError("budget_line_not_found")
    const spending = await eventService(container).createEventSpendings({
      budget_line_id: input.budget_line_id,
      amount: input.amount,
      spent_on: input.spent_on,
      note: input.note ?? null,
      recorded_by: input.actor_id,
    })
    return new StepResponse(spending, spending.id)
  },
  async (id, { container }) => {
    if (id) await eventService(container).deleteEventSpendings([id])
  },
)
