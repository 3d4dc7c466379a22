import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { storeDefaults } from "../product-review/store-defaults"
import { createProducerStockLocationWorkflow } from "./workflows/create-producer-stock-location"

/** The producer's own stock location, if it has one yet. */
export async function findProducerStockLocation(
  container: MedusaContainer,
  producerId: string,
): Promise<{ id: string; name: string } | undefined> {
  const locations = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ metadata: { producer_id: producerId } } as Record<string, unknown>, {
      select: ["id", "name"],
      take: 1,
    })
  return locations[0]
}

/**
 * The producer's stock location, created on first need. A lock keyed by the producer keeps two
 * first stock declarations arriving together from creating two locations.
 */
export async function ensureProducerStockLocation(
  container: MedusaContainer,
  producer: { id: string; name: string },
): Promise<{ id: string }> {
  const found = await findProducerStockLocation(container, producer.id)
  if (found) return found
  return container.resolve(Modules.LOCKING).execute(`producer-stock-location:${producer.id}`, async () => {
    const again = await findProducerStockLocation(container, producer.id)
    if (again) return again
    const { sales_channel_id } = await storeDefaults(container)
    const { result } = await createProducerStockLocationWorkflow(container).run({
      input: { producer_id: producer.id, producer_name: producer.name, sales_channel_id },
    })
    return result
  })
}
