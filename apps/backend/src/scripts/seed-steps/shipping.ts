import { createShippingOptionsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ShippingProfileDTO } from "@medusajs/framework/types"
import { reportCounts, type SeedContext } from "./context"

const FULFILLMENT_PROVIDER = "manual_manual"
const FULFILLMENT_SET_NAME = "Giao hàng từ Kho Lào Cai"
const SHIPPING_OPTION_NAME = "Giao hàng tiêu chuẩn"
/** Flat delivery fee in whole đồng, VAT included (sample figure). */
export const STANDARD_SHIPPING_VND = 30_000

/** The default shipping profile that every product joins. */
export async function ensureShippingProfile(ctx: SeedContext): Promise<ShippingProfileDTO> {
  const service = ctx.container.resolve(Modules.FULFILLMENT)
  const [existing] = await service.listShippingProfiles({ type: "default" })
  reportCounts(ctx, "shipping profile", existing ? 0 : 1, existing ? 1 : 0)
  if (existing) return existing
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: "Mặc định", type: "default" }] },
  })
  return result[0]
}

/**
 * Shipping from the warehouse to all of Vietnam: the manual provider and a fulfillment set linked to
 * the stock location, a service zone for country vn, and one flat-rate option "Giao hàng tiêu chuẩn".
 */
export async function ensureShipping(
  ctx: SeedContext,
  ids: { locationId: string; regionId: string; shippingProfileId: string },
): Promise<void> {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)

  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name"],
    filters: { id: ids.locationId },
  })
  const location = data[0] as {
    fulfillment_providers?: ({ id: string } | null)[]
    fulfillment_sets?: ({ id: string; name: string } | null)[]
  }
  if (!(location.fulfillment_providers ?? []).some((p) => p?.id === FULFILLMENT_PROVIDER)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: ids.locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
    })
  }

  let setId = (location.fulfillment_sets ?? []).find((s) => s?.name === FULFILLMENT_SET_NAME)?.id
  reportCounts(ctx, "fulfillment set", setId ? 0 : 1, setId ? 1 : 0)
  if (!setId) {
    const set = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [{ name: "Toàn quốc", geo_zones: [{ country_code: "vn", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: ids.locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    setId = set.id
  }

  const [zone] = await fulfillment.listServiceZones({ fulfillment_set: { id: setId } })
  const options = await fulfillment.listShippingOptions({ name: SHIPPING_OPTION_NAME, service_zone: { id: zone.id } })
  reportCounts(ctx, "shipping option", options.length ? 0 : 1, options.length)
  if (options.length) return
  await createShippingOptionsWorkflow(ctx.container).run({
    input: [
      {
        name: SHIPPING_OPTION_NAME,
        price_type: "flat",
        provider_id: FULFILLMENT_PROVIDER,
        service_zone_id: zone.id,
        shipping_profile_id: ids.shippingProfileId,
        type: { label: "Tiêu chuẩn", description: "Giao trong 2–5 ngày", code: "standard" },
        prices: [
          { currency_code: "vnd", amount: STANDARD_SHIPPING_VND },
          { region_id: ids.regionId, amount: STANDARD_SHIPPING_VND },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
}
