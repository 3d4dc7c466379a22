import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, updateOrdersStep } from "@medusajs/medusa/core-flows"
import type { DomainLocale } from "@ocop/domain"
import { sendNotificationQuietly } from "../../../notifications/send-quietly"
import { fulfillmentToHandOver } from "../../order/order-rules"
import { readOrderState } from "../../order/order-facts"
import { cancelOrderWithReasonWorkflow } from "../../order/workflows/cancel-order-with-reason"
import { handOverOrderWorkflow } from "../../order/workflows/hand-over-order"
import { markOrderPaidWorkflow } from "../../order/workflows/mark-order-paid"
import { readyOrderForPickupWorkflow } from "../../order/workflows/ready-order-for-pickup"
import { posError } from "../errors"
import { pickupCodeMatches, pickupCodeOf } from "../pickup-code"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"

type Place = {
  id: string
  code: string
  name: string
  stock_location_id: string
  pickup_hold_days: number
  address_1: string
  ward: string
}

/** Refuses an order that is not a pickup order of this place, or not in the state the action needs. */
const checkPickupStep = createStep(
  "check-pickup-order",
  async (
    input: {
      order_id: string
      place: Place
      need: "any" | "ready" | "due"
      code?: string
      locale: DomainLocale
      now?: string
    },
    { container },
  ) => {
    const state = await readOrderState(container, input.order_id)
    if (!state || state.delivery !== "pickup" || state.pickup_point?.code !== input.place.code) {
      throw posError("pickup_not_here", input.locale)
    }
    if (input.need !== "any") {
      const waiting = fulfillmentToHandOver(state)
      if (!waiting || state.status === "canceled") throw posError("pickup_not_ready", input.locale)
      if (input.code !== undefined && !pickupCodeMatches(state.id, input.code))
        throw posError("pickup_code_wrong", input.locale)
      if (input.need === "due") {
        const readyAt = Date.parse(String(state.metadata?.pickup_ready_at ?? ""))
        const due = readyAt + input.place.pickup_hold_days * 86_400_000
        if (!Number.isFinite(readyAt) || due > Date.parse(input.now ?? new Date().toISOString())) {
          throw posError("pickup_not_due", input.locale)
        }
      }
      return new StepResponse({ state, fulfillment_id: waiting.id as string | null })
    }
    return new StepResponse({ state, fulfillment_id: null as string | null })
  },
)

/** Tells the buyer their order waits at the showroom, with the code to show. Never fails the workflow. */
const sendPickupReadyEmailStep = createStep(
  "send-pickup-ready-email",
  async (input: { order_id: string; place: Place }, { container }) => {
    const state = await readOrderState(container, input.order_id)
    const { data } = await container.resolve("query").graph({
      entity: "order",
      fields: ["id", "display_id", "email"],
      filters: { id: input.order_id },
    })
    // Medusa's generated graph types say `display_id` is a string; the column is an integer.
    const order = data[0] as unknown as { id: string; display_id: number; email: string | null } | undefined
    if (!order?.email || !state) return new StepResponse(null)
    await sendNotificationQuietly(
      container,
      {
        to: order.email,
        channel: "email",
        template: "pickup-ready",
        trigger_type: "pickup.ready",
        resource_id: order.id,
        resource_type: "order",
        idempotency_key: `pickup-ready-${order.id}`,
        data: {
          subject: `OCOP Lào Cai: đơn hàng #${order.display_id} đã sẵn sàng tại ${input.place.name}`,
          order_number: order.display_id,
          place: input.place.name,
          address: `${input.place.address_1}, ${input.place.ward}`,
          pickup_code: pickupCodeOf(order.id),
          hold_days: input.place.pickup_hold_days,
        },
      },
      `pickup-ready email for order ${order.id}`,
    )
    return new StepResponse(null)
  },
)

export type PickupReadyInput = {
  order_id: string
  place: Place
  source: "warehouse" | "showroom"
  actor_id: string
  locale: DomainLocale
}

/**
 * The order waits at the showroom: a fulfilment of every line (off the warehouse that shipped it, or
 * off the showroom's own shelf), the time it became ready (the pickup deadline counts from there)
 * and an e-mail to the buyer.
 */
export const announcePickupReadyWorkflow = createWorkflow("announce-pickup-ready", (input: PickupReadyInput) => {
  const checked = checkPickupStep({ order_id: input.order_id, place: input.place, need: "any", locale: input.locale })
  const ready = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    actor_id: input.actor_id,
    locale: input.locale,
    ...(input.source === "showroom" ? { location_id: input.place.stock_location_id } : {}),
  }))
  readyOrderForPickupWorkflow.runAsStep({ input: ready })
  const stamp = transform({ input, checked }, ({ input, checked }) => ({
    selector: { id: input.order_id },
    update: { metadata: { ...(checked.state.metadata ?? {}), pickup_ready_at: new Date().toISOString() } },
  }))
  updateOrdersStep(stamp)
  sendPickupReadyEmailStep({ order_id: input.order_id, place: input.place })
  return new WorkflowResponse({ id: input.order_id })
})

export type HandOverPickupInput = {
  order_id: string
  place: Place
  code: string
  /** The open register that takes the buyer's cash when the order is still unpaid (cash at pickup). */
  register_session_id: string | null
  actor_id: string
  locale: DomainLocale
}

const cashDueStep = createStep("pickup-cash-due", async (input: { order_id: string }, { container }) => {
  const state = await readOrderState(container, input.order_id)
  const paid = state!.payments.some((p) => p.captured_at && !p.canceled_at)
  const { data } = await container
    .resolve("query")
    .graph({ entity: "order", fields: ["id", "total"], filters: { id: input.order_id } })
  return new StepResponse({ paid, total: Math.round(Number((data[0] as { total: number }).total)) })
})

/** The buyer's cash for an unpaid pickup order goes into the open register of this place. */
const collectPickupCashStep = createStep(
  "collect-pickup-cash",
  async (input: HandOverPickupInput & { amount: number }, { container }) => {
    if (!input.register_session_id) throw posError("session_not_found", input.locale)
    const places = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
    const [session] = await places.listRegisterSessions({ id: input.register_session_id })
    if (!session || session.point_of_sale_id !== input.place.id) throw posError("session_not_found", input.locale)
    if (session.status !== "open") throw posError("session_closed", input.locale)
    const movement = await places.createCashMovements({
      session_id: session.id,
      point_of_sale_id: input.place.id,
      kind: "pickup_payment",
      amount: input.amount,
      reason: "Thu tiền đơn nhận tại điểm bán",
      order_id: input.order_id,
      created_by: input.actor_id,
    })
    return new StepResponse(movement.id, movement.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE).deleteCashMovements([id])
  },
)

/**
 * The buyer collects the order with the code printed on their confirmation. An unpaid cash-at-pickup
 * order is paid at the counter first: the payment is captured and the cash goes into the open register.
 */
export const handOverPickupWorkflow = createWorkflow("hand-over-pickup", (input: HandOverPickupInput) => {
  checkPickupStep({
    order_id: input.order_id,
    place: input.place,
    need: "ready",
    code: input.code,
    locale: input.locale,
  })
  const due = cashDueStep({ order_id: input.order_id })
  when("pickup-unpaid", { due }, ({ due }) => !due.paid).then(() => {
    const cash = transform({ input, due }, ({ input, due }) => ({ ...input, amount: due.total }))
    collectPickupCashStep(cash)
    const markPaid = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      actor_id: input.actor_id,
      locale: input.locale,
    }))
    markOrderPaidWorkflow.runAsStep({ input: markPaid })
  })
  const hand = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    locale: input.locale,
    action: "picked_up" as const,
  }))
  handOverOrderWorkflow.runAsStep({ input: hand })
  return new WorkflowResponse({ id: input.order_id })
})

export type NotCollectedInput = { order_id: string; place: Place; actor_id: string; locale: DomainLocale; now?: string }

/**
 * Nobody came within the place's hold days: the fulfilment is cancelled (Medusa puts the units back
 * where they were taken from) and the order cancelled with the reason, refunding anything paid.
 */
export const markPickupNotCollectedWorkflow = createWorkflow("pickup-not-collected", (input: NotCollectedInput) => {
  const checked = checkPickupStep({
    order_id: input.order_id,
    place: input.place,
    need: "due",
    locale: input.locale,
    now: input.now,
  })
  const cancelFulfilment = transform({ input, checked }, ({ input, checked }) => ({
    order_id: input.order_id,
    fulfillment_id: checked.fulfillment_id!,
    canceled_by: input.actor_id,
  }))
  cancelOrderFulfillmentWorkflow.runAsStep({ input: cancelFulfilment })
  const cancel = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    actor_id: input.actor_id,
    locale: input.locale,
    reason: `Người mua không đến nhận hàng sau ${input.place.pickup_hold_days} ngày`,
  }))
  cancelOrderWithReasonWorkflow.runAsStep({ input: cancel })
  return new WorkflowResponse({ id: input.order_id })
})
