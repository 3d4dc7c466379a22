import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { adminProducer } from "../utils/serialize"

/** The signed-in user's producer as its console shows it (the register record, read only but for the profile fields). */
export async function ownProducer(req: MedusaRequest, producerId: string) {
  const producer = await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(producerId)
  return adminProducer(producer)
}

/** Ids and titles of the producer's products, through the producer–product link. */
export async function ownProducts(req: MedusaRequest, producerId: string): Promise<{ id: string; title: string }[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id", "products.title"],
    filters: { id: producerId },
  })
  return ((data[0] as { products?: ({ id: string; title: string } | null)[] } | undefined)?.products ?? []).filter(
    Boolean,
  ) as {
    id: string
    title: string
  }[]
}
