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
 */
export default async function expireCertificationsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  if (result.expired.length || result.revoked.length) {
    logger.info(`OCOP certificates: ${result.expired.length} expired, ${result.revoked.length} revoked`)
  }
  // Full rebuild once a day only, at the first run after midnight Vietnam time (17:05 UTC).
  if (new Date().getUTCHours() === 17) {
    const { result: rebuilt } = await refreshCatalogueWorkflow(container).run({ input: {} })
    logger.info(`OCOP catalogue rebuilt: ${rebuilt.refreshed} products, ${rebuilt.listed} listed`)
  }
}

export const config = {
  name: "expire-ocop-certifications",
  schedule: "5 * * * *",
}
