import { producerInputSchema } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { createProducersWorkflow } from "../../workflows/producer/workflows/create-producers"
import { PRODUCERS } from "../seed-data/producers"
import { PRODUCTS } from "../seed-data/products"
import { reportCounts, withSampleNote, type SeedContext } from "./context"
import type { SeedImages } from "./images"

/** Contact address of a demo producer: example.vn never delivers mail. */
export function demoProducerEmail(handle: string): string {
  return `lienhe@${handle}.example.vn`
}

/**
 * Registers the demo producers missing from the register, each checked against the shared producer
 * schema, with a monogram logo and its first product's drawing as photo. Returns id by handle.
 */
export async function ensureProducers(ctx: SeedContext, images: SeedImages): Promise<Map<string, string>> {
  const service = ctx.container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const existing = await service.listProducers({ handle: PRODUCERS.map((p) => p.handle) }, { select: ["id", "handle"] })
  const idByHandle = new Map(existing.map((p) => [p.handle, p.id]))
  const missing = PRODUCERS.filter((p) => !idByHandle.has(p.handle))

  const inputs = await Promise.all(
    missing.map(async (p) => {
      const firstProduct = PRODUCTS.find((product) => product.producer === p.handle)
      const photos = firstProduct ? [await images.drawing(firstProduct.drawing)] : []
      return producerInputSchema.parse({
        handle: p.handle,
        name: p.name,
        kind: p.kind,
        registration_number: p.registration_number,
        district: p.district,
        commune: p.commune,
        address: p.address,
        representative: p.representative,
        phone: p.phone,
        email: demoProducerEmail(p.handle),
        story_vi: withSampleNote(p.story_vi, "vi"),
        story_en: withSampleNote(p.story_en, "en"),
        logo_url: await images.logo(p.handle, p.name, p.colour),
        photos,
        status: "active",
      })
    }),
  )
  if (inputs.length) {
    const { result } = await createProducersWorkflow(ctx.container).run({ input: { producers: inputs } })
    for (const producer of result) idByHandle.set(producer.handle, producer.id)
  }
  reportCounts(ctx, "producers", missing.length, existing.length)
  return idByHandle
}
