import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"

export const setProductProducersStepId = "set-product-producers"

type Pair = { product_id: string; producer_id: string }

const linkOf = ({ product_id, producer_id }: Pair) => ({
  [PRODUCER_MODULE]: { producer_id },
  [Modules.PRODUCT]: { product_id },
})

/**
 * Gives each product exactly one producer: dismisses its current link (if it points elsewhere) and
 * creates the new one. The compensation dismisses the new links and restores the old ones.
 */
export const setProductProducersStep = createStep(
  setProductProducersStepId,
  async (input: Pair[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.map((p) => p.product_id) },
    })
    const currentOf = new Map((data as any[]).map((p) => [p.id, p.producer?.id as string | undefined]))
    const previous: Pair[] = []
    const created: Pair[] = []
    for (const pair of input) {
      const current = currentOf.get(pair.product_id)
      if (current === pair.producer_id) continue
      if (current) previous.push({ product_id: pair.product_id, producer_id: current })
      created.push(pair)
    }
    if (previous.length) await link.dismiss(previous.map(linkOf))
    if (created.length) await link.create(created.map(linkOf))
    return new StepResponse(input, { previous, created })
  },
  async (changes, { container }) => {
    if (!changes) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.created.length) await link.dismiss(changes.created.map(linkOf))
    if (changes.previous.length) await link.create(changes.previous.map(linkOf))
  },
)
