import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Sends one notification for an event subscriber. A failure is logged, never thrown: what the
 * event reports has already happened, and a failed email must not make it look otherwise.
 */
export async function sendNotificationQuietly(
  container: MedusaContainer,
  notification: CreateNotificationDTO,
  what: string,
) {
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notification)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`${what} failed: ${(error as Error).message}`)
  }
}
