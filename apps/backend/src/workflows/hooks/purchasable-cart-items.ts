import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { bilingualErrorMessage, purchaseRefusal } from "@ocop/domain"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

type Line = { variant_id?: string | null; quantity: number | string | { toString(): string } }
type VariantFacts = {
  id: string
  product_id: string
  manage_inventory: boolean
  allow_backorder: boolean
  product?: { title?: string; status?: string; producer?: { status?: string } | null } | null
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value))

/**
 * Refuses cart lines that may not be bought now (purchaseRefusal in @ocop/domain): unpublished, a
 * producer not active, no certificate in force on today's Vietnam date — read from the certificates
 * themselves, so one whose last day passed is refused before the hourly sweep has run — or not
 * enough stock. The answer is a 400 whose `code` names the reason (decision 019).
 */
export async function assertLinesPurchasable(
  container: MedusaContainer,
  lines: Line[],
  salesChannelId: string | null | undefined,
  now = new Date(),
): Promise<void> {
  const wanted = new Map<string, number>()
  for (const line of lines) {
    if (!line.variant_id) continue
    wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + Number(line.quantity))
  }
  if (wanted.size === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product_id",
      "manage_inventory",
      "allow_backorder",
      "product.title",
      "product.status",
      "product.producer.status",
    ],
    filters: { id: [...wanted.keys()] },
  })
  const variants = data as unknown as VariantFacts[]
  const productIds = [...new Set(variants.map((v) => v.product_id))]
  const certificates =
    productIds.length === 0
      ? []
      : await container.resolve<OcopModuleService>(OCOP_MODULE).listCertifications({ product_id: productIds })
  const tracked = variants.filter((v) => v.manage_inventory && !v.allow_backorder).map((v) => v.id)
  const availability =
    tracked.length > 0 && salesChannelId
      ? await getVariantAvailability(query, { variant_ids: tracked, sales_channel_id: salesChannelId })
      : {}

  for (const variant of variants) {
    const refusal = purchaseRefusal(
      {
        productStatus: variant.product?.status,
        producerStatus: variant.product?.producer?.status,
        certificates: certificates
          .filter((c) => c.product_id === variant.product_id)
          .map((c) => ({
            validFrom: asDate(c.valid_from),
            validUntil: asDate(c.valid_until),
            revokedAt: c.revoked_at ? asDate(c.revoked_at) : null,
          })),
        available: tracked.includes(variant.id) ? (availability[variant.id]?.availability ?? 0) : null,
        quantity: wanted.get(variant.id) ?? 0,
      },
      now,
    )
    if (refusal) {
      const title = variant.product?.title ?? variant.product_id
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${bilingualErrorMessage(refusal)} (${title})`, refusal)
    }
  }
}

/** The cart's lines and sales channel as they are now. */
async function cartNow(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "sales_channel_id", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as
    | {
        completed_at?: Date | string | null
        sales_channel_id?: string | null
        items?: { id: string; variant_id?: string | null; quantity: number }[]
      }
    | undefined
  return { completed: Boolean(cart?.completed_at), salesChannelId: cart?.sales_channel_id, items: cart?.items ?? [] }
}

// Adding: the new lines plus what the cart already holds of the same variants (stock is per variant).
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const { salesChannelId, items } = await cartNow(container, input.cart_id)
  const added = (input.items ?? []) as Line[]
  const addedIds = new Set(added.map((i) => i.variant_id))
  await assertLinesPurchasable(
    container,
    [...added, ...items.filter((i) => addedIds.has(i.variant_id))],
    salesChannelId,
  )
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const cart = input as { items?: Line[]; sales_channel_id?: string | null }
  await assertLinesPurchasable(container, cart.items ?? [], cart.sales_channel_id)
})

// Changing a line's quantity: the line as it would be. A quantity of 0 removes it and needs no check.
updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const quantity = Number((input as { update?: { quantity?: unknown } }).update?.quantity ?? NaN)
  if (!(quantity > 0)) return
  const { salesChannelId, items } = await cartNow(container, input.cart_id)
  const line = items.find((i) => i.id === input.item_id)
  if (line) await assertLinesPurchasable(container, [{ variant_id: line.variant_id, quantity }], salesChannelId)
})

// Paying: every line again, as it is now — a certificate may have lapsed or a producer been suspended
// since the line was added.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const { completed, salesChannelId, items } = await cartNow(container, (cart as { id: string }).id)
  // A repeated completion returns the order already placed: its own reservations must not refuse it.
  if (!completed) await assertLinesPurchasable(container, items, salesChannelId)
})
