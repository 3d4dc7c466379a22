import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshCatalogueWorkflow } from "../workflows/catalogue/workflows/refresh-catalogue"
import { expireCertificationsWorkflow } from "../workflows/certification/workflows/expire-certifications"

/**
 * The daily certificate sweep: expires certificates past their last day, applies dated
 * revocations, and refreshes the catalogue so those products leave the store the same day. It
 * then rebuilds the whole catalogue read model, which repairs any row a failed subscriber left
 * stale. Runs hourly at :05 because a certificate's day ends at midnight Vietnam time whatever the
 * server's time zone is; the sweep is idempotent and cheap when nothing is due.
 *
 * Only worker processes load jobs, and Medusa's Redis workflow engine keeps one repeatable entry per
 * job name, so with any number of workers each tick runs once (decision 006; test/ops/scale-out).
 */
export default async function expireCertificationsJob(
  container: MedusaContainer,
  context: { scheduledFor?: Date } = {},
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const tick = context.scheduledFor ?? new Date()
  logger.info(`OCOP certificate sweep: tick ${tick.toISOString()}`)
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  if (result.expired.length || result.revoked.length) {
    logger.info(`OCOP certificates: ${result.expired.length} expired, ${result.revoked.length} revoked`)
  }
  // Full rebuild once a day only, at the first run after midnight Vietnam time (17:05 UTC).
  if (tick.getUTCHours() === 17 && tick.getUTCMinutes() < 10) {
    const { result: rebuilt } = await refreshCatalogueWorkflow(container).run({ input: {} })
    logger.info(`OCOP catalogue rebuilt: ${rebuilt.refreshed} products, ${rebuilt.listed} listed`)
  }
}

export const config = {
  name: "expire-ocop-certifications",
  // An operator (or the scale-out test, with seconds) may run it more often; src/config/env.ts checks it.
  schedule: process.env.OCOP_CERTIFICATE_SWEEP_SCHEDULE || "5 * * * *",
}
