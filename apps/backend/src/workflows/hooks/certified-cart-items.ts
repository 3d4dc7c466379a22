import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { certificateInForce } from "../../modules/ocop/utils/certificates"

/** Shown to the buyer; Vietnamese first, English after, as the storefront shows either. */
export const NOT_CERTIFIED_MESSAGE =
  "Sản phẩm này không còn chứng nhận OCOP hiệu lực nên không thể thêm vào giỏ hàng. " +
  "This product no longer holds a valid OCOP certificate and cannot be added to the cart."

/**
 * Refuses cart lines whose product has no certificate in force at this moment. It reads the
 * certificates themselves rather than the catalogue read model, so a certificate that expired at
 * midnight is refused even before the daily job has run.
 */
export async function assertVariantsCertified(container: MedusaContainer, variantIds: string[]): Promise<void> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (ids.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.title"],
    filters: { id: ids },
  })
  const productIds = [...new Set((variants as any[]).map((v) => v.product_id as string))]
  if (productIds.length === 0) return
  const certs = await container.resolve<OcopModuleService>(OCOP_MODULE).listCertifications({ product_id: productIds })
  const now = new Date()
  const certified = new Set(certs.filter((c) => certificateInForce(c, now)).map((c) => c.product_id))
  const refused = (variants as any[]).find((v) => !certified.has(v.product_id))
  if (refused) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${NOT_CERTIFIED_MESSAGE} (${refused.product?.title ?? refused.product_id})`,
    )
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVariantsCertified(
    container,
    (input.items ?? []).map((i) => i.variant_id as string),
  )
})

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVariantsCertified(
    container,
    ((input as any).items ?? []).map((i: { variant_id?: string }) => i.variant_id as string),
  )
})

// Lines added while the certificate was in force must not be bought after it lapsed.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsCertified(
    container,
    ((cart?.items ?? []) as { variant_id?: string }[]).map((i) => i.variant_id as string),
  )
})
