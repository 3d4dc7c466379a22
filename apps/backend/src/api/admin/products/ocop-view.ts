import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { producerSummary } from "../../utils/serialize"

/** The product's OCOP view: producer, profile and whether it is listed in the catalogue now. */
export async function productOcop(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "producer.*"],
    filters: { id },
  })
  const product = data[0] as any
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [[profile], [entry]] = await Promise.all([
    ocop.listProductProfiles({ product_id: id }),
    ocop.listCatalogueEntries({ product_id: id }),
  ])
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    status: product.status,
    producer: product.producer ? producerSummary(product.producer) : null,
    profile: profile
      ? {
          product_group: profile.product_group,
          origin_district: profile.origin_district,
          title_en: profile.title_en ?? null,
          description_en: profile.description_en ?? null,
        }
      : null,
    is_listed: entry?.is_listed ?? false,
    star_level: entry?.star_level ?? null,
  }
}

/** The signed-in staff member. */
export const staffOf = (req: MedusaRequest) =>
  (req as MedusaRequest & { auth_context: { actor_id: string } }).auth_context.actor_id
