import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { PRODUCTS } from "../seed-data/products"
import type { SeedProduct } from "../seed-data/types"
import { reportCounts, withSampleNote, type SeedContext } from "./context"
import type { SeedImages } from "./images"

/** Products created per createProductsWorkflow run: small enough for one short transaction. */
const BATCH = 20

/** SKU of a demo variant: the product handle and the variant's position. */
export function demoSku(handle: string, index: number): string {
  return `${handle}-${index + 1}`.toUpperCase()
}

async function productInput(
  p: SeedProduct,
  ids: { salesChannelId: string; shippingProfileId: string },
  images: SeedImages,
): Promise<CreateProductWorkflowInputDTO> {
  const image = await images.drawing(p.drawing)
  return {
    title: p.title,
    subtitle: p.subtitle,
    handle: p.handle,
    description: withSampleNote(p.description, "vi"),
    status: ProductStatus.PUBLISHED,
    thumbnail: image,
    images: [{ url: image }],
    options: [{ title: p.option, values: p.variants.map((v) => v.value) }],
    variants: p.variants.map((v, i) => ({
      title: v.value,
      sku: demoSku(p.handle, i),
      manage_inventory: true,
      options: { [p.option]: v.value },
      prices: [{ amount: v.price, currency_code: "vnd" }],
    })),
    sales_channels: [{ id: ids.salesChannelId }],
    shipping_profile_id: ids.shippingProfileId,
    metadata: { sample_data: true },
  }
}

/**
 * Creates the demo products missing from the catalogue (published, in the online sales channel,
 * VND prices that include VAT, managed inventory) and returns every demo product's id by handle.
 */
export async function ensureProducts(
  ctx: SeedContext,
  ids: { salesChannelId: string; shippingProfileId: string },
  images: SeedImages,
): Promise<Map<string, string>> {
  const productService = ctx.container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { select: ["id", "handle"] },
  )
  const idByHandle = new Map(existing.map((p) => [p.handle, p.id]))
  const missing = PRODUCTS.filter((p) => !idByHandle.has(p.handle))

  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH)
    const products = await Promise.all(batch.map((p) => productInput(p, ids, images)))
    const { result } = await createProductsWorkflow(ctx.container).run({ input: { products } })
    for (const product of result) idByHandle.set(product.handle, product.id)
  }
  reportCounts(ctx, "products", missing.length, existing.length)
  return idByHandle
}

/** Puts each demo variant's stock at the warehouse unless a level there already exists. */
export async function ensureStock(ctx: SeedContext, locationId: string): Promise<void> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(
    PRODUCTS.flatMap((p) => p.variants.map((v, i) => [demoSku(p.handle, i), v.stock] as const)),
  )
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const missing = (items as { id: string; sku: string; location_levels?: ({ location_id: string } | null)[] }[]).filter(
    (item) => !(item.location_levels ?? []).some((level) => level?.location_id === locationId),
  )
  if (missing.length) {
    await createInventoryLevelsWorkflow(ctx.container).run({
      input: {
        inventory_levels: missing.map((item) => ({
          inventory_item_id: item.id,
          location_id: locationId,
          stocked_quantity: stockBySku.get(item.sku) ?? 0,
        })),
      },
    })
  }
  reportCounts(ctx, "stock levels at the warehouse", missing.length, items.length - missing.length)
}
