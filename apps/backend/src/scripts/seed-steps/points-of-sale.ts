import {
  createInventoryLevelsWorkflow,
  createShippingOptionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { describeOpeningHours, INTERNATIONAL_COUNTRY_CODES, pointOfSaleInputSchema } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../modules/point-of-sale/service"
import { adoptStockLocationWorkflow } from "../../workflows/point-of-sale/workflows/adopt-stock-location"
import { createPointOfSaleWorkflow } from "../../workflows/point-of-sale/workflows/create-point-of-sale"
import { DEMO_CLERK, DEMO_POINTS_OF_SALE, DEMO_SELLER } from "../seed-data/points-of-sale"
import { reportCounts, type SeedContext } from "./context"
import { demoSku } from "./products"
import { demoLoginsWanted, ensureDemoLogin } from "./staff"

const FULFILLMENT_PROVIDER = "manual_manual"

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
 * The three showrooms as places of sale (each its own stock location and sales channel, issue 14)
 * and, for each, a free "Nhận tại …" pickup option in the Vietnam region. The pickup fulfillment sets
 * belong to the warehouse: online orders reserve and ship the warehouse's stock to the showroom the
 * buyer chose, and the showrooms' own shelves are sold at their counters (decision 024). A database
 * seeded before issue 14 has the showrooms as plain stock locations in the online channel holding
 * the pickup sets: they are adopted, unlinked from the online channel and their pickup sets moved.
 */
export async function ensurePointsOfSale(
  ctx: SeedContext,
  ids: { salesChannelId: string; regionId: string; shippingProfileId: string; warehouseId: string },
): Promise<Map<string, { id: string; stock_location_id: string; sales_channel_id: string }>> {
  const places = ctx.container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const locations = ctx.container.resolve(Modules.STOCK_LOCATION)
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  const result = new Map<string, { id: string; stock_location_id: string; sales_channel_id: string }>()
  let created = 0
  for (const demo of DEMO_POINTS_OF_SALE) {
    const { stock: _stock, ...fields } = demo
    const values = pointOfSaleInputSchema.parse({ ...fields, ...DEMO_SELLER })
    let [place] = await places.listPointOfSales({ code: demo.code })
    if (!place) {
      const [legacy] = await locations.listStockLocations({ name: demo.name })
      place = legacy
        ? (await adoptStockLocationWorkflow(ctx.container).run({ input: { values, stock_location_id: legacy.id } }))
            .result
        : (await createPointOfSaleWorkflow(ctx.container).run({ input: { values } })).result
      created++
    }
    result.set(demo.code, {
      id: place.id,
      stock_location_id: place.stock_location_id,
      sales_channel_id: place.sales_channel_id,
    })
    let showroom = await locationLinks(ctx, place.stock_location_id)
    if ((showroom.sales_channels ?? []).some((sc) => sc?.id === ids.salesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
        input: { id: place.stock_location_id, remove: [ids.salesChannelId] },
      })
    }
    const setName = `Nhận hàng tại ${demo.name}`
    const legacySet = (showroom.fulfillment_sets ?? []).find((set) => set?.name === setName)
    if (legacySet) {
      await link.dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: place.stock_location_id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: legacySet.id },
      })
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: ids.warehouseId },
        [Modules.FULFILLMENT]: { fulfillment_set_id: legacySet.id },
      })
    }
    const warehouse = await locationLinks(ctx, ids.warehouseId)
    const { zoneId } = await ensureFulfillmentSet(ctx, warehouse, {
      name: setName,
      type: "pickup",
      zone: demo.name,
      countries: ["vn"],
    })
    const optionName = `Nhận tại ${demo.name}`
    if (await hasOption(ctx, optionName, zoneId)) continue
    const hours = describeOpeningHours(values.opening_hours).join("; ")
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
            description: `${values.address_1}, ${values.ward}; ${hours}`,
            code: "pickup",
          },
          prices: [
            { currency_code: "vnd", amount: 0 },
            { region_id: ids.regionId, amount: 0 },
          ],
          rules: STORE_RULES,
          data: { point_of_sale: demo.code },
        },
      ],
    })
  }
  reportCounts(ctx, "points of sale", created, DEMO_POINTS_OF_SALE.length - created)
  return result
}

/** Units on each showroom's shelf (first variant of the listed products), where none are recorded yet. */
export async function ensureShowroomStock(
  ctx: SeedContext,
  places: Map<string, { id: string; stock_location_id: string }>,
): Promise<void> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  let present = 0
  for (const demo of DEMO_POINTS_OF_SALE) {
    const place = places.get(demo.code)!
    const skus = new Map(demo.stock.map(([handle, units]) => [demoSku(handle, 0), units]))
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku", "location_levels.location_id"],
      filters: { sku: [...skus.keys()] },
    })
    for (const item of items as { id: string; sku: string; location_levels?: ({ location_id: string } | null)[] }[]) {
      if ((item.location_levels ?? []).some((l) => l?.location_id === place.stock_location_id)) {
        present++
        continue
      }
      levels.push({
        inventory_item_id: item.id,
        location_id: place.stock_location_id,
        stocked_quantity: skus.get(item.sku)!,
      })
    }
  }
  if (levels.length) await createInventoryLevelsWorkflow(ctx.container).run({ input: { inventory_levels: levels } })
  reportCounts(ctx, "stock levels at the showrooms", levels.length, present)
}

/** The demo clerk of Sa Pa: role pos_clerk, tied to that showroom only. */
export async function ensureDemoClerk(ctx: SeedContext, places: Map<string, { id: string }>): Promise<void> {
  if (!demoLoginsWanted()) return
  const made = await ensureDemoLogin(ctx, {
    email: DEMO_CLERK.email,
    first_name: DEMO_CLERK.first_name,
    last_name: DEMO_CLERK.last_name,
    metadata: { role: "pos_clerk", point_of_sale_ids: [places.get(DEMO_CLERK.place)!.id], sample_data: true },
  })
  reportCounts(ctx, "demo counter clerk", made ? 1 : 0, made ? 0 : 1)
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
