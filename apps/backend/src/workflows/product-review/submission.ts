import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { foldVietnamese } from "@ocop/domain"
import type { VariantFields } from "./types"

/** "Mật ong bạc hà" → "mat-ong-bac-ha", or "mat-ong-bac-ha-2" when that handle is taken. */
export async function freeHandle(container: MedusaContainer, title: string): Promise<string> {
  const base =
    foldVietnamese(title)
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 80)
      .replace(/^-+|-+$/g, "") || "san-pham"
  // base holds only [a-z0-9-], so it carries no LIKE wildcard
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"] })
  const taken = new Set(products.map((p) => p.handle))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/**
 * Field errors for SKUs already used by another variant (Medusa keeps SKUs unique across the shop,
 * for variants and for the inventory items of new variants), so the producer hears it now rather
 * than the reviewer at approval.
 */
export async function takenSkus(container: MedusaContainer, variants: VariantFields[]): Promise<number[]> {
  const skus = variants.flatMap((v) => (v.sku ? [v.sku] : []))
  if (skus.length === 0) return []
  const [used, items] = await Promise.all([
    container.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { select: ["id", "sku"] }),
    container.resolve(Modules.INVENTORY).listInventoryItems({ sku: skus }, { select: ["id", "sku"] }),
  ])
  const taken: number[] = []
  variants.forEach((v, index) => {
    if (!v.sku) return
    const byVariant = used.some((u) => u.sku === v.sku && u.id !== v.id)
    const byItem = !v.id && items.some((i) => i.sku === v.sku)
    if (byVariant || byItem) taken.push(index)
  })
  return taken
}
