import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pickupQueue } from "../api/admin/pickup-queue/queue-list"
import { POINT_OF_SALE_MODULE } from "../modules/point-of-sale"
import type PointOfSaleModuleService from "../modules/point-of-sale/service"
import { markPickupNotCollectedWorkflow } from "../workflows/point-of-sale/pickup/pickup-workflows"

/**
 * Pickup orders nobody came for within their place's hold days are released every morning: the
 * units go back where they came from and the order is cancelled with the reason (issue 14). Each
 * order is its own workflow, so one failure leaves the others done; the next run retries it.
 */
export default async function releaseUncollectedPickupsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const places = await container.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE).listPointOfSales({})
  let released = 0
  for (const place of places) {
    const { rows } = await pickupQueue(knex, place, { state: "ready", limit: 1000, offset: 0 })
    for (const row of rows.filter((r) => r.collect_by && Date.parse(r.collect_by) <= Date.now())) {
      const { errors } = await markPickupNotCollectedWorkflow(container).run({
        input: { order_id: row.id, place, actor_id: "system", locale: "vi" },
        throwOnError: false,
      })
      if (errors.length) logger.warn(`pickup ${row.id} not released: ${errors[0]?.error?.message}`)
      else released++
    }
  }
  if (released) logger.info(`OCOP pickups: ${released} uncollected order(s) released`)
}

// 01:30 UTC is 08:30 in Vietnam, when the showrooms open.
export const config = { name: "release-uncollected-pickups", schedule: "30 1 * * *" }
