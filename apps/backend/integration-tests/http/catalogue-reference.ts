import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import {
  CERTIFIED_STAR_LEVELS,
  DISTRICT_CODES,
  PRODUCT_GROUP_CODES,
  catalogueQuerySchema,
  searchTokens,
  type CatalogueQuery,
} from "@ocop/domain"
import { certificateSummary, catalogueProduct, producerSummary } from "../../src/api/utils/serialize"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import type { CatalogueEntryRow } from "../../src/modules/ocop/service"
import { currentCertificate, newestFirst } from "../../src/modules/ocop/utils/certificates"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { minVndPrice } from "../../src/workflows/catalogue/compute-entries"

/**
 * The catalogue's answers computed the way they were before issue 17, for store-catalogue.test.ts
 * to compare with what the server answers now, byte for byte:
 *
 * - product pages by the former route's own path (Query across the product, pricing and producer
 *   modules, the ocop module's services, Medusa's getVariantAvailability), kept here as the reference;
 * - lists, searches and facets from the domain rules applied in memory to every catalogue row read
 *   through the module's service (listed rows only, filters, word-start search, each sort's order
 *   with nulls last then newest then id, each facet without its own filter), none of it SQL.
 *
 *   medusa exec ./integration-tests/http/catalogue-reference.ts <out.json> <sales channel id> <query>…
 *
 * Writes { pages: { [handle]: body | null }, lists: { [query]: body }, facets: { [query]: body } }.
 */
export default async function catalogueReference({ container, args }: ExecArgs) {
  const [outFile, channel, ...queries] = args
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()

  const profiles = await ocop.listProductProfiles({}, { take: null })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { id: profiles.map((p) => p.product_id) },
  })
  const pages: Record<string, unknown> = {}
  for (const { handle } of products as { handle: string }[]) {
    pages[handle] = await formerProductPage(container, handle, channel!, now)
  }

  const entries = (await ocop.listCatalogueEntries({}, { take: null })) as unknown as (CatalogueEntryRow & {
    is_listed: boolean
    search_text: string
    min_price_usd: number | null
  })[]
  const listed = entries.filter((e) => e.is_listed)
  const certificates = new Map(
    (await ocop.listCertifications({ id: listed.map((e) => e.certification_id).filter(Boolean) as string[] })).map(
      (c) => [c.id, c],
    ),
  )
  const producerById = new Map(
    (await producers.listProducers({ id: listed.map((e) => e.producer_id) }, { take: null })).map((p) => [p.id, p]),
  )

  const lists: Record<string, unknown> = {}
  const facets: Record<string, unknown> = {}
  for (const raw of queries) {
    // A repeated parameter (stars=3&stars=5) is a list, as Express parses it for the route.
    const params: Record<string, string | string[]> = {}
    for (const [name, value] of new URLSearchParams(raw)) {
      const had = params[name]
      params[name] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value]
    }
    const q = catalogueQuerySchema.parse(params) as CatalogueQuery
    const usd = q.currency_code === "usd"
    const price = (e: (typeof listed)[number]) => (usd ? e.min_price_usd : e.min_price)
    const matches = (e: (typeof listed)[number], omit?: "stars" | "group" | "district") => {
      if (q.stars?.length && omit !== "stars" && !(q.stars as number[]).includes(e.star_level as number)) return false
      if (q.group && omit !== "group" && e.product_group !== q.group) return false
      if (q.district && omit !== "district" && e.origin_district !== q.district) return false
      if (q.producer && e.producer_handle !== q.producer) return false
      const p = price(e) === null ? null : Number(price(e))
      if (q.price_min !== undefined && (p === null || p < q.price_min)) return false
      if (q.price_max !== undefined && (p === null || p > q.price_max)) return false
      const words = e.search_text.split(" ")
      return searchTokens(q.q ?? "").every((t) => words.some((w) => w.startsWith(t)))
    }
    const found = listed.filter((e) => matches(e))
    const key = (e: (typeof listed)[number]) =>
      q.sort === "stars" ? e.star_level : q.sort === "newest" ? null : price(e) === null ? null : Number(price(e))
    found.sort((a, b) => {
      const [ka, kb] = [key(a), key(b)]
      if (ka !== kb) {
        if (ka === null) return 1
        if (kb === null) return -1
        return q.sort === "price_asc" ? Number(ka) - Number(kb) : Number(kb) - Number(ka)
      }
      const byDate = new Date(b.product_created_at).getTime() - new Date(a.product_created_at).getTime()
      return byDate !== 0 ? byDate : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    })
    lists[raw] = {
      products: found
        .slice(q.offset, q.offset + q.limit)
        .filter((e) => producerById.has(e.producer_id))
        .map((e) =>
          catalogueProduct(
            { ...e, min_price: price(e) === null ? null : Number(price(e)) },
            e.certification_id ? certificates.get(e.certification_id) : undefined,
            producerById.get(e.producer_id)!,
            now,
            usd ? "usd" : "vnd",
          ),
        ),
      count: found.length,
      limit: q.limit,
      offset: q.offset,
    }
    const countBy = (omit: "stars" | "group" | "district", value: (e: (typeof listed)[number]) => unknown) => {
      const counts: Record<string, number> = {}
      for (const e of listed.filter((x) => matches(x, omit))) {
        const v = value(e)
        if (v !== null && v !== undefined) counts[String(v)] = (counts[String(v)] ?? 0) + 1
      }
      return counts
    }
    const complete = (keys: readonly string[], counts: Record<string, number>) =>
      Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0]))
    facets[raw] = {
      stars: complete(
        CERTIFIED_STAR_LEVELS.map(String),
        countBy("stars", (e) => e.star_level),
      ),
      groups: complete(
        PRODUCT_GROUP_CODES,
        countBy("group", (e) => e.product_group),
      ),
      districts: complete(
        DISTRICT_CODES,
        countBy("district", (e) => e.origin_district),
      ),
    }
  }
  fs.writeFileSync(outFile!, JSON.stringify({ pages, lists, facets }))
}

/** The product page as GET /store/catalogue/:handle built it before issue 17 (null: 404). */
async function formerProductPage(container: ExecArgs["container"], handle: string, channel: string, now: Date) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "subtitle",
      "description",
      "thumbnail",
      "created_at",
      "images.id",
      "images.url",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.prices.price_list_id",
      "producer.*",
    ],
    filters: { handle, status: "published" },
  })
  const product = data[0] as any
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [profile] = product ? await ocop.listProductProfiles({ product_id: product.id }) : []
  if (!product || !profile || !product.producer) return null
  const certs = (await ocop.listCertifications({ product_id: product.id })).sort(newestFirst)
  const current = currentCertificate(certs, now)
  const tracked = (product.variants ?? []).filter((v: any) => v.manage_inventory).map((v: any) => v.id)
  const stock: Record<string, number | null> = tracked.length
    ? Object.fromEntries(
        Object.entries(await getVariantAvailability(query, { variant_ids: tracked, sales_channel_id: channel })).map(
          ([id, a]) => [id, a.availability],
        ),
      )
    : {}
  const price = minVndPrice(product.variants)
  return {
    product: {
      id: product.id,
      handle: product.handle,
      title: product.title,
      title_en: profile.title_en ?? null,
      subtitle: product.subtitle ?? null,
      thumbnail: product.thumbnail ?? null,
      product_group: profile.product_group,
      origin_district: profile.origin_district,
      price: price === null ? null : { amount: price, currency_code: "vnd" },
      certificate: current ? certificateSummary(current, now) : null,
      producer: producerSummary(product.producer),
      created_at: new Date(product.created_at).toISOString(),
      description: product.description ?? null,
      description_en: profile.description_en ?? null,
      images: (product.images ?? []).map((i: any) => ({ id: i.id, url: i.url })),
      variants: (product.variants ?? []).map((v: any) => {
        const quantity = v.manage_inventory ? (stock[v.id] ?? null) : null
        const variantPrice = minVndPrice([v])
        return {
          id: v.id,
          title: v.title,
          sku: v.sku ?? null,
          price: variantPrice === null ? null : { amount: variantPrice, currency_code: "vnd" },
          in_stock: !v.manage_inventory || v.allow_backorder || (quantity ?? 0) > 0,
          inventory_quantity: quantity,
        }
      }),
      certificates: certs.map((c) => certificateSummary(c, now)),
      is_purchasable: Boolean(current) && product.producer.status === "active",
    },
  }
}
