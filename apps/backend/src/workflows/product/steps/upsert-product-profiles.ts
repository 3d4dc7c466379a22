import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DistrictCode, ProductGroupCode } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const upsertProductProfilesStepId = "upsert-product-profiles"

export type ProductProfileData = {
  product_id: string
  product_group: ProductGroupCode
  origin_district: DistrictCode
  title_en?: string | null
  description_en?: string | null
}

const FIELDS = ["product_group", "origin_district", "title_en", "description_en"] as const

/** Creates or updates products' OCOP profiles; the compensation restores or deletes them. */
export const upsertProductProfilesStep = createStep(
  upsertProductProfilesStepId,
  async (input: ProductProfileData[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const existing = await ocop.listProductProfiles({ product_id: input.map((p) => p.product_id) })
    const idOf = new Map(existing.map((p) => [p.product_id, p.id]))
    const updates = input.filter((p) => idOf.has(p.product_id)).map((p) => ({ ...p, id: idOf.get(p.product_id)! }))
    const creates = input.filter((p) => !idOf.has(p.product_id))
    const updated = updates.length ? await ocop.updateProductProfiles(updates) : []
    const created = creates.length ? await ocop.createProductProfiles(creates) : []
    const restore = existing.map((p) => {
      const values: Record<string, unknown> = { id: p.id }
      for (const key of FIELDS) values[key] = p[key]
      return values
    })
    return new StepResponse([...updated, ...created], { restore, created: created.map((p) => p.id) })
  },
  async (changes, { container }) => {
    if (!changes) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (changes.created.length) await ocop.deleteProductProfiles(changes.created)
    if (changes.restore.length) await ocop.updateProductProfiles(changes.restore as any)
  },
)
