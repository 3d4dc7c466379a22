import {
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INTERNATIONAL_COUNTRY_CODES } from "@ocop/domain"
import { reportCounts, type SeedContext } from "./context"

const FULFILLMENT_PROVIDER = "manual_manual"

/** The three showrooms of domain.md §5. Addresses and hours are sample data. */
export const POINTS_OF_SALE = [
  {
    code: "sa-pa",
    name: "Điểm bán OCOP Sa Pa",
    address: {
      address_1: "Số 2 phố Cầu Mây (dữ liệu mẫu)",
      city: "Phường Sa Pa",
      province: "Lào Cai",
      country_code: "vn",
    },
    hours: "07:30–21:30",
  },
  {
    code: "bac-ha",
    name: "Điểm bán OCOP Bắc Hà",
    address: {
      address_1: "Đường Ngọc Uyển, cạnh chợ Bắc Hà (dữ liệu mẫu)",
      city: "Xã Bắc Hà",
      province: "Lào Cai",
      country_code: "vn",
    },
    hours: "07:30–18:00",
  },
  {
    code: "lao-cai-city",
    name: "Điểm bán OCOP TP Lào Cai",
    address: {
      address_1: "Số 1 đại lộ Trần Hưng Đạo (dữ liệu mẫu)",
      city: "Phường Lào Cai",
      province: "Lào Cai",
      country_code: "vn",
    },
    hours: "08:00–20:00",
  },
] as const

type LocationLinks = {
  id: string
  sales_channels?: ({ id: string } | null)[]
  fulfillment_providers?: ({ id: string } | null)[]
  fulfillment_sets?: ({ id: string; name: string } | null)[]
}

async function locationLinks(ctx: SeedContext, id: string): Promise<LocationLinks> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name"],
    filters: { id },
  })
  return data[0] as LocationLinks
}

/** A fulfillment set of the location by name, created with one service zone when missing. */
async function ensureFulfillmentSet(
  ctx: SeedContext,
  location: LocationLinks,
  set: { name: string; type: "shipping" | "pickup"; zone: string; countries: readonly string[] },
): Promise<{ zoneId: string; created: boolean }> {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  if (!(location.fulfillment_providers ?? []).some((p) => p?.id === FULFILLMENT_PROVIDER)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
    })
  }
  let setId = (location.fulfillment_sets ?? []).find((s) => s?.name === set.name)?.id
  const created = !setId
  if (!setId) {
    const made = await fulfillment.createFulfillmentSets({
      name: set.name,
      type: set.type,
      service_zones: [
        {
          name: set.zone,
          geo_zones: set.countries.map((country_code) => ({ country_code, type: "country" as const })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: made.id },
    })
    setId = made.id
  }
  const [zone] = await fulfillment.listServiceZones({ fulfillment_set: { id: setId } })
  return { zoneId: zone.id, created }
}

async function hasOption(ctx: SeedContext, name: string, zoneId: string): Promise<boolean> {
  const options = await ctx.container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ name, service_zone: { id: zoneId } })
  return options.length > 0
}

const STORE_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/**
 * One stock location per showroom (Sa Pa, Bắc Hà, TP Lào Cai), in the online sales channel, each with
 * a pickup fulfillment set and a free "Nhận tại …" option for the Vietnam region. Showrooms hold no
 * online stock: pickup orders reserve the warehouse's stock, which is sent to the showroom.
 */
export async function ensurePointsOfSale(
  ctx: SeedContext,
  ids: { salesChannelId: string; regionId: string; shippingProfileId: string },
): Promise<void> {
  const service = ctx.container.resolve(Modules.STOCK_LOCATION)
  let created = 0
  for (const pos of POINTS_OF_SALE) {
    let [location] = await service.listStockLocations({ name: pos.name })
    if (!location) {
      const { result } = await createStockLocationsWorkflow(ctx.container).run({
        input: {
          locations: [
            {
              name: pos.name,
              address: pos.address,
              metadata: { point_of_sale: pos.code, opening_hours: pos.hours, sample_data: true },
            },
          ],
        },
      })
      location = result[0]
      created++
    }
    let links = await locationLinks(ctx, location.id)
    if (!(links.sales_channels ?? []).some((sc) => sc?.id === ids.salesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
        input: { id: location.id, add: [ids.salesChannelId] },
      })
      links = await locationLinks(ctx, location.id)
    }
    const { zoneId } = await ensureFulfillmentSet(ctx, links, {
      name: `Nhận hàng tại ${pos.name}`,
      type: "pickup",
      zone: pos.name,
      countries: ["vn"],
    })
    const optionName = `Nhận tại ${pos.name}`
    if (await hasOption(ctx, optionName, zoneId)) continue
    await createShippingOptionsWorkflow(ctx.container).run({
      input: [
        {
          name: optionName,
          price_type: "flat",
          provider_id: FULFILLMENT_PROVIDER,
          service_zone_id: zoneId,
          shipping_profile_id: ids.shippingProfileId,
          type: {
            label: "Nhận tại điểm bán",
            description: `${pos.address.address_1}, ${pos.address.city}; mở cửa ${pos.hours}`,
            code: "pickup",
          },
          prices: [
            { currency_code: "vnd", amount: 0 },
            { region_id: ids.regionId, amount: 0 },
          ],
          rules: STORE_RULES,
          data: { point_of_sale: pos.code },
        },
      ],
    })
  }
  reportCounts(ctx, "points of sale", created, POINTS_OF_SALE.length - created)
}

export const INTERNATIONAL_SHIPPING_NAME = "Giao hàng tận nơi quốc tế"
/** Flat international delivery fee in US dollars, taxes included (sample figure). */
export const INTERNATIONAL_SHIPPING_USD = 25

/** Home delivery abroad from the warehouse: a service zone of the international countries and a USD flat rate. */
export async function ensureInternationalShipping(
  ctx: SeedContext,
  ids: { locationId: string; regionId: string; shippingProfileId: string },
): Promise<void> {
  const links = await locationLinks(ctx, ids.locationId)
  const { zoneId } = await ensureFulfillmentSet(ctx, links, {
    name: "Giao hàng quốc tế từ Kho Lào Cai",
    type: "shipping",
    zone: "Quốc tế",
    countries: INTERNATIONAL_COUNTRY_CODES,
  })
  const present = await hasOption(ctx, INTERNATIONAL_SHIPPING_NAME, zoneId)
  reportCounts(ctx, "international shipping option", present ? 0 : 1, present ? 1 : 0)
  if (present) return
  await createShippingOptionsWorkflow(ctx.container).run({
    input: [
      {
        name: INTERNATIONAL_SHIPPING_NAME,
        price_type: "flat",
        provider_id: FULFILLMENT_PROVIDER,
        service_zone_id: zoneId,
        shipping_profile_id: ids.shippingProfileId,
        type: { label: "Giao hàng tận nơi", description: "International delivery in 7–14 days", code: "delivery" },
        prices: [
          { currency_code: "usd", amount: INTERNATIONAL_SHIPPING_USD },
          { region_id: ids.regionId, amount: INTERNATIONAL_SHIPPING_USD },
        ],
        rules: STORE_RULES,
      },
    ],
  })
}
