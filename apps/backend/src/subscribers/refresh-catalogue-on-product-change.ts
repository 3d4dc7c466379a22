import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogueWorkflow } from "../workflows/catalogue/workflows/refresh-catalogue"

/**
 * Keeps the catalogue read model in step with Medusa's own product writes: title, handle, status,
 * thumbnail and variant prices all show on product cards. Variant events carry the variant id, so
 * the product id is looked up (for deletions Medusa includes product_id in the event data).
 */
export default async function refreshCatalogueOnProductChange({
  event,
  container,
}: SubscriberArgs<{ id: string; product_id?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const items = Array.isArray(event.data) ? event.data : [event.data]
  let productIds: string[]
  if (event.name.startsWith("product.")) {
    productIds = items.map((d) => d.id)
  } else {
    productIds = items.map((d) => d.product_id).filter((id): id is string => Boolean(id))
    const withoutProduct = items.filter((d) => !d.product_id).map((d) => d.id)
    if (withoutProduct.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: withoutProduct },
      })
      productIds.push(...(data as { product_id: string }[]).map((v) => v.product_id))
    }
  }
  if (productIds.length === 0) return
  try {
    await refreshCatalogueWorkflow(container).run({ input: { product_ids: productIds } })
  } catch (error) {
    // The source data is already saved; the nightly full rebuild (or the next write) repairs the row.
    logger.error(`catalogue refresh after ${event.name} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
}
