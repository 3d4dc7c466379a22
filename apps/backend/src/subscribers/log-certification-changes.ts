import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OcopCertificationEvents } from "../workflows/certification/events"

/**
 * Leaves an audit line when a certificate stops being in force, so operators can see in the logs
 * which badges disappeared and why (notifications to producers can hook onto the same events).
 */
export default async function logCertificationChanges({
  event,
  container,
}: SubscriberArgs<{ id: string; product_id?: string; reason?: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const what = event.name === OcopCertificationEvents.REVOKED ? "revoked" : "expired"
  const reason = event.data.reason ? ` (${event.data.reason})` : ""
  logger.info(
    `OCOP certificate ${event.data.id} ${what}; product ${event.data.product_id ?? "?"} leaves the catalogue${reason}`,
  )
}

export const config: SubscriberConfig = {
  event: [OcopCertificationEvents.EXPIRED, OcopCertificationEvents.REVOKED],
}
