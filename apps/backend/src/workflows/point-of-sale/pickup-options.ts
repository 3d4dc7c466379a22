import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POINT_OF_SALE_MODULE } from "../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../modules/point-of-sale/service"

export type PlaceRow = Awaited<ReturnType<PointOfSaleModuleService["listPointOfSales"]>>[number]

/**
 * The pickup shipping options of the online shop, by the place of sale each leads to: a pickup
 * option names its showroom in `data.point_of_sale` (decision 024). Places without one are absent.
 */
export async function pickupOptionsByPlace(
  container: MedusaContainer,
): Promise<Map<string, { place: PlaceRow; option_ids: string[] }>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const places = container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [{ data: options }, rows] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: ["id", "data", "service_zone.fulfillment_set.type"] }),
    places.listPointOfSales({ status: ["active", "paused"] }),
  ])
  const byCode = new Map(rows.map((p) => [p.code, p]))
  const result = new Map<string, { place: PlaceRow; option_ids: string[] }>()
  for (const option of options as any[]) {
    const code = option?.data?.point_of_sale
    const place = typeof code === "string" ? byCode.get(code) : undefined
    if (!place || option.service_zone?.fulfillment_set?.type !== "pickup") continue
    const entry = result.get(place.id) ?? { place, option_ids: [] }
    entry.option_ids.push(option.id)
    result.set(place.id, entry)
  }
  return result
}
