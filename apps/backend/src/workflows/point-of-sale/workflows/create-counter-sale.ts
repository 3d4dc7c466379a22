import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  completeOrderWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrdersStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { CounterSaleValues, DomainLocale } from "@ocop/domain"
import type { PlaceRow } from "../pickup-options"
import { prepareCounterSaleStep, type SessionRow } from "../steps/prepare-counter-sale"
import { reserveCounterStockStep } from "../steps/reserve-counter-stock"
import { saveCounterSaleStep } from "../steps/save-counter-sale"
import { takeCounterPaymentsStep } from "../steps/take-counter-payments"

export const createCounterSaleWorkflowId = "create-counter-sale"

export type CreateCounterSaleInput = {
  place: PlaceRow
  session: SessionRow
  values: CounterSaleValues
  region_id: string
  clerk_id: string
  locale: DomainLocale
}

/**
 * A sale at a counter (decision 024): Medusa's order in the place's own sales channel, its units
 * reserved at the place under Medusa's inventory locks, paid (one payment per method), handed over
 * (a fulfilment at the place, delivered at once) and completed; then the sale's own record with the
 * drawer's cash. Any failure undoes every step before it, so a refused sale leaves nothing behind.
 */
export const createCounterSaleWorkflow = createWorkflow(
  createCounterSaleWorkflowId,
  (input: CreateCounterSaleInput) => {
    const sale = prepareCounterSaleStep({
      place: input.place,
      session: input.session,
      values: input.values,
      locale: input.locale,
    })
    const orderInput = transform({ input, sale }, ({ input, sale }) => ({
      region_id: input.region_id,
      sales_channel_id: input.place.sales_channel_id,
      currency_code: "vnd",
      status: "pending",
      email: input.values.buyer?.email ?? undefined,
      no_notification: true,
      items: sale.lines.map((l) => ({
        title: l.title,
        subtitle: l.variant_title ?? undefined,
        product_id: l.product_id,
        product_title: l.title,
        variant_id: l.variant_id,
        variant_title: l.variant_title ?? undefined,
        variant_sku: l.sku ?? undefined,
        quantity: l.quantity,
        unit_price: l.unit_price,
        is_tax_inclusive: true,
        tax_lines: [{ code: `VAT${l.vat_rate}`, rate: l.vat_rate, description: `Thuế GTGT ${l.vat_rate}%` }],
        adjustments:
          l.line_discount + l.sale_discount > 0
            ? [{ code: "GIAM-GIA-TAI-QUAY", amount: l.line_discount + l.sale_discount, is_tax_inclusive: true }]
            : [],
      })),
      shipping_methods: [
        {
          name: "Mua tại quầy",
          amount: 0,
          is_tax_inclusive: true,
          shipping_option_id: (input.place.metadata as Record<string, string> | null)?.counter_shipping_option_id,
        },
      ],
      metadata: {
        counter_sale: true,
        point_of_sale_id: input.place.id,
        idempotency_key: input.values.idempotency_key,
      },
    }))
    const orders = createOrdersStep([orderInput] as any)
    const orderId = transform({ orders }, ({ orders }) => (orders as { id: string }[])[0]!.id)
    const { data: order } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.variant_id"],
      filters: { id: orderId },
      options: { isList: false },
    }).config({ name: "counter-order" })
    // Order lines matched to the sale's lines (the same variant may be on two lines).
    const orderLines = transform({ sale, order }, ({ sale, order }) => {
      const items = (order as any).items as { id: string; variant_id: string }[]
      const used = new Set<string>()
      return sale.lines.map((l) => {
        const item = items.find((i) => i.variant_id === l.variant_id && !used.has(i.id))!
        used.add(item.id)
        return { line_item_id: item.id, line: l }
      })
    })
    const reservations = transform({ input, orderLines }, ({ input, orderLines }) => ({
      location_id: input.place.stock_location_id,
      allow_below_zero: Boolean(input.values.offline_at),
      locale: input.locale,
      items: orderLines
        .filter(({ line }) => line.manage_inventory && line.inventory_item_id)
        .map(({ line_item_id, line }) => ({
          line_item_id,
          inventory_item_id: line.inventory_item_id!,
          quantity: line.quantity * line.required_quantity,
        })),
    }))
    reserveCounterStockStep(reservations)
    const collectionInput = transform({ orderId, sale }, ({ orderId, sale }) => ({
      order_id: orderId,
      amount: sale.total,
    }))
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({ input: collectionInput })
    const payments = transform({ collections, sale, input }, ({ collections, sale, input }) => ({
      payment_collection_id: (collections as { id: string }[])[0]!.id,
      captured_by: input.clerk_id,
      payments: sale.payments.map((p) => ({ method: p.method, amount: p.amount, reference: p.reference })),
    }))
    const taken = takeCounterPaymentsStep(payments)
    const fulfilmentInput = transform({ orderId, orderLines, input }, ({ orderId, orderLines, input }) => ({
      order_id: orderId,
      location_id: input.place.stock_location_id,
      created_by: input.clerk_id,
      no_notification: true,
      items: orderLines.map(({ line_item_id, line }) => ({ id: line_item_id, quantity: line.quantity })),
    }))
    const fulfilment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfilmentInput })
    const delivered = transform({ orderId, fulfilment }, ({ orderId, fulfilment }) => ({
      orderId,
      fulfillmentId: (fulfilment as { id: string }).id,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivered })
    const complete = transform({ orderId }, ({ orderId }) => ({ orderIds: [orderId] }))
    completeOrderWorkflow.runAsStep({ input: complete })
    const saveInput = transform({ input, sale, order, taken }, ({ input, sale, order, taken }) => ({
      place: input.place,
      session: input.session,
      sale: {
        ...sale,
        // Each method's Medusa payment, so a refund goes back through the payment it came from.
        payments: sale.payments.map((p) => ({
          ...p,
          payment_id: taken.find((t) => t.method === p.method)?.payment_id ?? null,
        })),
      },
      order: { id: (order as any).id as string, display_id: Number((order as any).display_id) },
      idempotency_key: input.values.idempotency_key,
      clerk_id: input.clerk_id,
      buyer: input.values.buyer ?? null,
      offline_at: input.values.offline_at ?? null,
    }))
    return new WorkflowResponse(saveCounterSaleStep(saveInput))
  },
)
