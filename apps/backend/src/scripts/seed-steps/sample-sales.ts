import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { DEMO_POINTS_OF_SALE } from "../seed-data/points-of-sale"
import { SAMPLE_SALES_SET, sampleSalesPlan, type SampleChannel } from "../seed-data/sample-sales"
import { reportCounts, type SeedContext } from "./context"

/** Orders handed to the order module at once: big enough to be quick, small enough for one transaction. */
const BATCH = 100

type VariantRow = {
  product_id: string
  product_title: string
  product_handle: string
  thumbnail: string | null
  variant_id: string
  variant_title: string | null
  variant_sku: string | null
  price: string | number
}

/** Each demo product's first variant with its base VND price (VAT included, as the region's prices are). */
async function sellableVariants(ctx: SeedContext, productIds: string[]): Promise<Map<string, VariantRow>> {
  const knex = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT DISTINCT ON (p.id) p.id AS product_id, p.title AS product_title, p.handle AS product_handle, p.thumbnail,
            v.id AS variant_id, v.title AS variant_title, v.sku AS variant_sku, pr.amount AS price
     FROM product p
     JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
     JOIN product_variant_price_set pvps ON pvps.variant_id = v.id AND pvps.deleted_at IS NULL
     JOIN price pr ON pr.price_set_id = pvps.price_set_id AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd'
       AND pr.rules_count = 0 AND pr.price_list_id IS NULL
     WHERE p.id = ANY(?) AND p.deleted_at IS NULL AND p.status = 'published'
     ORDER BY p.id, v.variant_rank, v.created_at`,
    [productIds],
  )
  return new Map((rows as VariantRow[]).map((r) => [r.product_id, r]))
}

/**
 * Whether the history may be written: never twice, and never beside real orders — a database that
 * has taken orders keeps its own figures (the events' sample booth sales are sample data too).
 */
async function mayWriteHistory(ctx: SeedContext): Promise<{ may: boolean; present: number }> {
  const knex = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT count(*) FILTER (WHERE metadata->>'sample_set' = ?) AS ours,
            count(*) FILTER (WHERE COALESCE(metadata->>'sample', '') <> 'true') AS real
     FROM "order" WHERE deleted_at IS NULL`,
    [SAMPLE_SALES_SET],
  )
  const ours = Number(rows[0].ours)
  return { may: ours === 0 && Number(rows[0].real) === 0, present: ours }
}

/**
 * A year of sample sales (issue 16), online and at each showroom, dated relative to the seed day so
 * that a new installation's reports and dashboards are not empty. They are real orders of Medusa's
 * order module — completed, in the right sales channel, lines with product and variant, VND, VAT
 * included — marked `metadata.sample` and `sample_set`; made directly through the module, so no
 * stock is reserved or taken: today's inventory stays as the seed set it.
 */
export async function ensureSampleSales(
  ctx: SeedContext,
  ids: {
    onlineChannelId: string
    regionId: string
    products: Map<string, string>
    places: Map<string, { sales_channel_id: string }>
  },
): Promise<void> {
  const { may, present } = await mayWriteHistory(ctx)
  if (!may) {
    reportCounts(ctx, "sample sales history (orders)", 0, present)
    return
  }
  const started = Date.now()
  const variants = await sellableVariants(ctx, [...ids.products.values()])
  const onSale = (handles: readonly string[]) =>
    handles.flatMap((h) => {
      const id = ids.products.get(h)
      return id && variants.has(id) ? [id] : []
    })
  const channels: SampleChannel[] = [
    {
      sales_channel_id: ids.onlineChannelId,
      kind: "online",
      product_ids: [...variants.keys()],
      opens: 7,
      closes: 23,
      per_day: 0.3,
    },
    ...DEMO_POINTS_OF_SALE.flatMap((demo): SampleChannel[] => {
      const place = ids.places.get(demo.code)
      return place
        ? [
            {
              sales_channel_id: place.sales_channel_id,
              kind: "showroom",
              product_ids: onSale(demo.stock.map(([handle]) => handle)),
              opens: 8,
              closes: 20,
              per_day: 0.18,
            },
          ]
        : []
    }),
  ]
  const plan = sampleSalesPlan(channels)
  const orders: CreateOrderDTO[] = plan.map((order, n) => ({
    region_id: ids.regionId,
    sales_channel_id: order.sales_channel_id,
    currency_code: "vnd",
    status: "completed",
    email: `khach-mau-${(n % 97) + 1}@example.vn`,
    metadata: { sample: true, sample_set: SAMPLE_SALES_SET },
    items: order.lines.map(({ product_id, quantity }) => {
      const v = variants.get(product_id)!
      return {
        title: v.product_title,
        subtitle: v.variant_title ?? undefined,
        thumbnail: v.thumbnail ?? undefined,
        product_id,
        product_title: v.product_title,
        product_handle: v.product_handle,
        variant_id: v.variant_id,
        variant_title: v.variant_title ?? undefined,
        variant_sku: v.variant_sku ?? undefined,
        quantity,
        unit_price: Number(v.price),
        is_tax_inclusive: true,
        tax_lines: [{ code: "VAT10", rate: 10, description: "Thuế GTGT 10%" }],
      }
    }),
  }))
  const service = ctx.container.resolve(Modules.ORDER)
  const knex = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  for (let i = 0; i < orders.length; i += BATCH) {
    const made = await service.createOrders(orders.slice(i, i + BATCH))
    // The order module stamps "now"; the plan's day and hour are what the reports count by.
    const dated = made.map((o, j) => [o.id, plan[i + j]!.at.toISOString()])
    await knex.raw(
      `UPDATE "order" o SET created_at = v.at::timestamptz, updated_at = v.at::timestamptz
       FROM (VALUES ${dated.map(() => "(?, ?)").join(", ")}) AS v(id, at) WHERE o.id = v.id`,
      dated.flat(),
    )
  }
  reportCounts(ctx, "sample sales history (orders)", orders.length, 0)
  ctx.logger.info(`seed: sample sales history written in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
