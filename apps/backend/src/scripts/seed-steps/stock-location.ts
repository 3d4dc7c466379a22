import { createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StockLocationDTO } from "@medusajs/framework/types"
import { reportCounts, type SeedContext } from "./context"

export const STOCK_LOCATION_NAME = "Kho Lào Cai"

/** The province's central warehouse, from which online orders ship; linked to the sales channel. */
export async function ensureStockLocation(ctx: SeedContext, salesChannelId: string): Promise<StockLocationDTO> {
  const service = ctx.container.resolve(Modules.STOCK_LOCATION)
  let [location] = await service.listStockLocations({ name: STOCK_LOCATION_NAME })
  reportCounts(ctx, "stock location", location ? 0 : 1, location ? 1 : 0)
  if (!location) {
    const { result } = await createStockLocationsWorkflow(ctx.container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "Đại lộ Trần Hưng Đạo",
              city: "Phường Lào Cai",
              province: "Lào Cai",
              country_code: "vn",
            },
          },
        ],
      },
    })
    location = result[0]
  }

  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id"],
    filters: { id: location.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some((sc: { id: string } | null) => sc?.id === salesChannelId)
  reportCounts(ctx, "stock location ↔ sales channel link", linked ? 0 : 1, linked ? 1 : 0)
  if (!linked) {
    await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
      input: { id: location.id, add: [salesChannelId] },
    })
  }
  return location
}
