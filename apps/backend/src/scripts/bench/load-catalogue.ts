import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { foldVietnamese } from "@ocop/domain"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { refreshCatalogueWorkflow } from "../../workflows/catalogue/workflows/refresh-catalogue"
import { SALES_CHANNEL_NAME } from "../seed-steps/store"
import { benchCertificate, benchProduct, benchProducer } from "./national-catalogue"

const BATCH = 500

/**
 * Bulk loading drops domain events: otherwise every product.created runs the catalogue subscriber
 * once per product while the next batch loads. The catalogue is rebuilt once at the end instead.
 */
function muteEvents(container: ExecArgs["container"]): void {
  const eventBus = container.resolve(Modules.EVENT_BUS) as { emit: (...args: unknown[]) => Promise<void> }
  eventBus.emit = async () => {}
}

/**
 * Loads a synthetic national-scale catalogue for test/bench/catalogue.mjs on top of the demo seed:
 * `medusa exec ./src/scripts/bench/load-catalogue.ts <products> <producers>`. Producers,
 * profiles, links and certificates go through the modules' services in bulk, products through
 * createProductsWorkflow in batches of 500; a rerun continues where the last one stopped.
 */
export default async function loadBenchCatalogue({ container, args }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productTarget = Number(args[0] ?? 20_000)
  const producerTarget = Number(args[1] ?? 5_000)
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const productService = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
  muteEvents(container)

  const [, producerCount] = await producers.listAndCountProducers(
    { handle: { $like: "bench-producer-%" } },
    { take: 1 },
  )
  for (let i = producerCount; i < producerTarget; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, producerTarget - i) }, (_, k) => benchProducer(i + k))
    await producers.createProducers(
      batch.map((p) => ({
        ...p,
        photos: p.photos as unknown as Record<string, unknown>,
        search_text: foldVietnamese(`${p.name} ${p.handle} ${p.registration_number}`),
      })),
    )
    logger.info(`bench: producers ${i + batch.length}/${producerTarget} (${elapsed()})`)
  }
  const producerIds = new Map<string, string>()
  for (let skip = 0; ; skip += 5000) {
    const page = await producers.listProducers(
      { handle: { $like: "bench-producer-%" } },
      { select: ["id", "handle"], skip, take: 5000 },
    )
    page.forEach((p) => producerIds.set(p.handle, p.id))
    if (page.length < 5000) break
  }

  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!channel) throw new Error("run the demo seed first: the sales channel is missing")
  const [, productCount] = await productService.listAndCountProducts({ handle: { $like: "bench-%" } }, { take: 1 })
  for (let j = productCount; j < productTarget; j += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, productTarget - j) }, (_, k) =>
      benchProduct(j + k, producerTarget),
    )
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: "Dữ liệu mẫu cho đo hiệu năng.",
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Quy cách", values: ["Tiêu chuẩn"] }],
          variants: [
            {
              title: "Tiêu chuẩn",
              manage_inventory: false,
              options: { "Quy cách": "Tiêu chuẩn" },
              prices: [{ amount: p.price, currency_code: "vnd" }],
            },
          ],
          sales_channels: [{ id: channel.id }],
          metadata: { sample_data: true, bench: true },
        })),
      },
    })
    const idOf = new Map(result.map((r) => [r.handle, r.id]))
    const ids = batch.map((p) => idOf.get(p.handle)!)
    await ocop.createProductProfiles(
      batch.map((p, k) => ({
        product_id: ids[k],
        product_group: p.group as never,
        origin_district: p.district,
        title_en: p.title_en,
      })),
    )
    await link.create(
      batch.map((p, k) => ({
        [PRODUCER_MODULE]: { producer_id: producerIds.get(`bench-producer-${p.producerIndex + 1}`)! },
        [Modules.PRODUCT]: { product_id: ids[k] },
      })),
    )
    await ocop.createCertifications(batch.map((_, k) => benchCertificate(j + k, ids[k])))
    logger.info(`bench: products ${j + batch.length}/${productTarget} (${elapsed()})`)
  }

  const { result } = await refreshCatalogueWorkflow(container).run({ input: {} })
  logger.info(`bench: catalogue rebuilt: ${result.refreshed} rows, ${result.listed} listed (${elapsed()})`)
}
