import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildSaleLines } from "../queries/sale-lines"

/**
 * Decision 029, "Sale days", once per database: the sale lines gained their day and flags and the
 * sale days table came empty, so every line is copied again and summed here, while the deploy
 * migrates — not by the first report after it, inside somebody's request.
 */
export default async function saleDays({ container }: { container: MedusaContainer }) {
  const started = Date.now()
  await rebuildSaleLines(container.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Sale lines and sale days rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
