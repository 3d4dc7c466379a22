import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildSaleLines } from "../queries/sale-lines"
import { seedContext } from "./seed-steps/context"
import { ensureDemoEvents } from "./seed-steps/events"
import { SeedImages } from "./seed-steps/images"
import { ensureCertificates, ensureProductProfiles, refreshDemoCatalogue } from "./seed-steps/ocop-facts"
import { ensureDemoProducerUsers } from "./seed-steps/producer-users"
import { ensureProducers } from "./seed-steps/producers"
import { ensureProducts, ensureStock } from "./seed-steps/products"
import { ensurePublishableKey, writeDevState } from "./seed-steps/publishable-key"
import { ensureRegion, ensureTaxRegion } from "./seed-steps/region"
import { ensureShipping, ensureShippingProfile } from "./seed-steps/shipping"
import { ensureDemoStaff } from "./seed-steps/staff"
import { ensureStockLocation } from "./seed-steps/stock-location"
import { ensureInternationalRegion, ensureUsdPrices, ensureVietQrInRegion } from "./seed-steps/international"
import {
  ensureDemoClerk,
  ensureInternationalShipping,
  ensurePointsOfSale,
  ensureShowroomStock,
} from "./seed-steps/points-of-sale"
import { ensureSampleSales } from "./seed-steps/sample-sales"
import { ensureSampleOrdersSettled } from "./seed-steps/sample-sales-settled"
import { ensureSalesChannel, ensureStoreSettings } from "./seed-steps/store"

/**
 * Loads the OCOP Lào Cai demo: store settings for Vietnam, the storefront key, demo staff and
 * producer logins and a sample catalogue of producers, products and certificates. Every step looks
 * its records up first, so a second run creates nothing. Run with `npm run seed` (medusa exec ./src/scripts/seed.ts).
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const ctx = seedContext(container)
  const started = Date.now()

  const salesChannel = await ensureSalesChannel(ctx)
  const region = await ensureRegion(ctx)
  await ensureTaxRegion(ctx)
  const location = await ensureStockLocation(ctx, salesChannel.id)
  await ensureStoreSettings(ctx, { salesChannelId: salesChannel.id, regionId: region.id, locationId: location.id })
  const shippingProfile = await ensureShippingProfile(ctx)
  await ensureShipping(ctx, { locationId: location.id, regionId: region.id, shippingProfileId: shippingProfile.id })
  // Checkout (issue 5): VietQR in Vietnam, the international region, showroom pickup, delivery abroad.
  await ensureVietQrInRegion(ctx, region.id)
  const international = await ensureInternationalRegion(ctx)
  const places = await ensurePointsOfSale(ctx, {
    salesChannelId: salesChannel.id,
    regionId: region.id,
    shippingProfileId: shippingProfile.id,
    warehouseId: location.id,
  })
  await ensureInternationalShipping(ctx, {
    locationId: location.id,
    regionId: international.id,
    shippingProfileId: shippingProfile.id,
  })

  const key = await ensurePublishableKey(ctx, salesChannel.id)
  await writeDevState(ctx, key.token)
  await ensureDemoStaff(ctx)
  await ensureDemoClerk(ctx, places)

  const images = new SeedImages(ctx)
  const producerIds = await ensureProducers(ctx, images)
  await ensureDemoProducerUsers(ctx, producerIds)
  const productIds = await ensureProducts(
    ctx,
    { salesChannelId: salesChannel.id, shippingProfileId: shippingProfile.id },
    images,
  )
  await ensureStock(ctx, location.id)
  await ensureShowroomStock(ctx, places)
  await ensureUsdPrices(ctx, [...productIds.values()])
  const changes =
    (await ensureProductProfiles(ctx, productIds, producerIds)) + (await ensureCertificates(ctx, productIds))
  ctx.logger.info(`seed: images uploaded ${images.uploaded}`)
  await refreshDemoCatalogue(ctx, productIds, changes)
  // Trade-promotion events (issue 15): the plan's three, past, running and coming.
  await ensureDemoEvents(ctx, { producers: producerIds, products: productIds })
  // A year of sample sales online and at the showrooms (issue 16), so reports and dashboards start with figures.
  await ensureSampleSales(ctx, { onlineChannelId: salesChannel.id, regionId: region.id, products: productIds, places })
  await ensureSampleOrdersSettled(ctx, { onlineChannelId: salesChannel.id, locationId: location.id })
  // The sample history is dated in bulk SQL, which the report's catch-up does not see once it is old.
  await rebuildSaleLines(container.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  ctx.logger.info(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
