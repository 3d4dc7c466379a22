import { createSalesChannelsWorkflow, createStoresWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { SalesChannelDTO, StoreDTO } from "@medusajs/framework/types"
import { reportCounts, type SeedContext } from "./context"

export const STORE_NAME = "OCOP Lào Cai"
export const SALES_CHANNEL_NAME = "Cửa hàng OCOP Lào Cai"

/** The online shop's sales channel, created once and found by name afterwards. */
export async function ensureSalesChannel(ctx: SeedContext): Promise<SalesChannelDTO> {
  const service = ctx.container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SALES_CHANNEL_NAME })
  reportCounts(ctx, "sales channel", existing ? 0 : 1, existing ? 1 : 0)
  if (existing) return existing
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: {
      salesChannelsData: [
        { name: SALES_CHANNEL_NAME, description: "Bán trực tuyến các sản phẩm OCOP của tỉnh Lào Cai" },
      ],
    },
  })
  return result[0]
}

/** Medusa creates a store on first boot; a database that never booted gets one here. */
async function currentStore(ctx: SeedContext): Promise<StoreDTO> {
  const service = ctx.container.resolve(Modules.STORE)
  const [store] = await service.listStores({}, { relations: ["supported_currencies"] })
  if (store) return store
  const { result } = await createStoresWorkflow(ctx.container).run({
    input: {
      stores: [
        {
          name: STORE_NAME,
          supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        },
      ],
    },
  })
  return result[0]
}

// VND for Vietnam (default), USD for the international region; both with prices that include taxes.
const STORE_CURRENCIES = [
  { currency_code: "vnd", is_default: true, is_tax_inclusive: true },
  { currency_code: "usd", is_tax_inclusive: true },
]

/**
 * The store sells in VND and USD, with prices that include VAT, and uses our sales channel, region and
 * warehouse by default. Updated only when a setting differs, so a rerun changes nothing.
 */
export async function ensureStoreSettings(
  ctx: SeedContext,
  defaults: { salesChannelId: string; regionId: string; locationId: string },
): Promise<void> {
  const store = await currentStore(ctx)
  const currencies = store.supported_currencies ?? []
  // The store module keeps the currencies; whether VND prices include tax is a price preference.
  const [vndPreference] = await ctx.container
    .resolve(Modules.PRICING)
    .listPricePreferences({ attribute: "currency_code", value: "vnd" })
  const [usdPreference] = await ctx.container
    .resolve(Modules.PRICING)
    .listPricePreferences({ attribute: "currency_code", value: "usd" })
  const vnd = currencies.find((c) => c.currency_code === "vnd")
  const vndOnly =
    currencies.length === 2 &&
    vnd?.is_default === true &&
    currencies.some((c) => c.currency_code === "usd") &&
    vndPreference?.is_tax_inclusive === true &&
    usdPreference?.is_tax_inclusive === true
  const settled =
    vndOnly &&
    store.name === STORE_NAME &&
    store.default_sales_channel_id === defaults.salesChannelId &&
    store.default_region_id === defaults.regionId &&
    store.default_location_id === defaults.locationId
  reportCounts(ctx, "store settings", settled ? 0 : 1, settled ? 1 : 0)
  if (settled) return
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: STORE_CURRENCIES,
        default_sales_channel_id: defaults.salesChannelId,
        default_region_id: defaults.regionId,
        default_location_id: defaults.locationId,
      },
    },
  })
}
