import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildSaleLines } from "../queries/sale-lines"

/**
 * `medusa exec ./src/scripts/rebuild-sale-lines.ts`: copies every order into the sales report's sale
 * lines again (decision 029), after orders were written in bulk SQL (the report benchmark's load).
 */
export default async function rebuild({ container }: ExecArgs): Promise<void> {
  const started = Date.now()
  await rebuildSaleLines(container.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`sale lines rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
