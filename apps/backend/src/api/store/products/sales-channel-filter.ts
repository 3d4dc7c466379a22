import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeProductRoutesMiddlewares } from "@medusajs/medusa/api/store/products/middlewares"
import { TtlCache } from "@ocop/domain"

/** The step of Medusa's `GET /store/products` chain this file replaces (decision 032). */
const MEDUSA_STEP = "applyMaybeLinkFilterIfNecessary"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * Ids of the products (not deleted) that none of `channelIds` sells. In OCOP every product is in
 * the web channel, so this is normally empty: one anti-join answered from the link table's index.
 */
export async function productsOutsideChannels(knex: Knex, channelIds: string[]): Promise<string[]> {
  const rows = (await knex("product as p")
    .select("p.id")
    .whereNull("p.deleted_at")
    .whereNotExists(
      knex("product_sales_channel as l")
        .select(knex.raw("1"))
        .whereRaw("l.product_id = p.id")
        .whereIn("l.sales_channel_id", channelIds)
        .whereNull("l.deleted_at"),
    )) as { id: string }[]
  return rows.map((r) => r.id)
}

/**
 * The anti-join reads both tables whole (~5 ms at 20,000 products on an idle machine), so its answer
 * is kept 10 s per set of channels, and dropped when a product is created (a product created outside
 * the channels would otherwise show until then; see the subscriber forget-products-outside-channels).
 * Taking a product out of a channel shows within the 10 s.
 */
const outsideChannels = new TtlCache<string[]>(10_000, 100)

/**
 * The anti-join in flight per set of channels: when the kept answer expires under load, every
 * listing arriving meanwhile waits for the one statement instead of running its own (20 buyers at
 * once ran 20 anti-joins of ~50 ms each every 10 s; issue 17).
 */
const loading = new Map<string, Promise<string[]>>()

/** Drops the kept answers of productsOutsideChannels. */
export function forgetProductsOutsideChannels(): void {
  outsideChannels.clear()
  loading.clear()
}

/** The kept answer for `key`, else the one being read, else a new read (kept once it succeeds). */
function outsideChannelsOnce(key: string, read: () => Promise<string[]>): Promise<string[]> {
  const kept = outsideChannels.get(key)
  if (kept) return Promise.resolve(kept)
  let pending = loading.get(key)
  if (!pending) {
    pending = read()
      .then((ids) => {
        if (loading.get(key) === pending) outsideChannels.set(key, ids)
        return ids
      })
      .finally(() => {
        if (loading.get(key) === pending) loading.delete(key)
      })
    loading.set(key, pending)
  }
  return pending
}

/**
 * Medusa limits `GET /store/products` to the key's sales channels by loading the id of every product
 * in them (20,000 link rows through Query at national scale) and filtering `id IN (…all of them…)`,
 * as soon as a second sales channel exists — and every point of sale is one. That made one lean
 * listing take seconds. The same rows are the products *not* outside the channels, and those are few
 * (normally none), so this filters them out instead. With an `id` filter of the caller's or a
 * category or tag filter, Medusa's own step runs: it is cheap there, and those filters combine in
 * ways this does not repeat.
 */
export function filterBySalesChannelsByExclusion(medusaStep: Middleware): Middleware {
  return async function filterBySalesChannelsByExclusion(req, res, next) {
    const fields = req.filterableFields as Record<string, unknown>
    const channels = fields.sales_channel_id
    const plain = Object.keys(fields).every((k) => !k.includes(".") && !["id", "tags", "categories"].includes(k))
    if (!channels || !plain) return medusaStep(req, res, next)
    const channelIds = (Array.isArray(channels) ? channels : [channels]) as string[]
    const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const key = [...channelIds].sort().join(",")
    const outside = await outsideChannelsOnce(key, () => productsOutsideChannels(knex, channelIds))
    delete fields.sales_channel_id
    if (outside.length) fields.id = { $nin: outside }
    return next()
  }
}

/**
 * Puts filterBySalesChannelsByExclusion in place of Medusa's step in its own `GET /store/products`
 * middleware list. Called by the ocop module's loader, before Medusa's API loader copies that list
 * (it copies each route's functions when it reads a middlewares file). Fails loudly when an upgrade renamed or removed the step, so the
 * replacement is looked at again rather than silently lost.
 */
export function replaceMedusaProductListChannelFilter(routes: MiddlewareRoute[] = storeProductRoutesMiddlewares): void {
  const list = routes.find((r) => r.matcher === "/store/products")?.middlewares as Middleware[] | undefined
  const index = list?.findIndex((m) => m.name === MEDUSA_STEP || m.name === "filterBySalesChannelsByExclusion") ?? -1
  if (!list || index < 0) {
    throw new Error(`Medusa's GET /store/products no longer has ${MEDUSA_STEP}: review decision 032`)
  }
  if (list[index]!.name === MEDUSA_STEP) list[index] = filterBySalesChannelsByExclusion(list[index]!)
}
