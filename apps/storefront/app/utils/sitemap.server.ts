import { catalogueQuerySchema, ORIGIN_DISTRICTS, PRODUCT_GROUPS } from "@ocop/domain"
import { catalogueApiParams, catalogueHref } from "./catalogue-query"
import { listCatalogue, listProducers } from "./medusa.server"

const API_PAGE_SIZE = 100
// A ceiling on requests per sitemap build, far above the province's catalogue, so a backend
// bug (a count that never shrinks) cannot loop forever.
const MAX_API_PAGES = 100

type Page<T> = { items: T[]; count: number }

/** Walks a paginated list until every item is read. */
export async function collectAll<T>(fetchPage: (offset: number, limit: number) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = []
  for (let page = 0; page < MAX_API_PAGES; page++) {
    const { items, count } = await fetchPage(all.length, API_PAGE_SIZE)
    all.push(...items)
    if (items.length === 0 || all.length >= count) break
  }
  return all
}

/** Every public URL path of the store: static pages, landing pages, products and producers. */
export async function sitemapPaths(): Promise<string[]> {
  const [products, producers] = await Promise.all([
    collectAll(async (offset, limit) => {
      const query = catalogueQuerySchema.parse({ limit, offset })
      const list = await listCatalogue(catalogueApiParams(query), "vi")
      return { items: list.products, count: list.count }
    }),
    collectAll(async (offset, limit) => {
      const list = await listProducers(new URLSearchParams({ limit: String(limit), offset: String(offset) }), "vi")
      return { items: list.producers, count: list.count }
    }),
  ])
  return [
    "/",
    "/products",
    "/producers",
    "/verify",
    ...PRODUCT_GROUPS.map((group) => catalogueHref({ group: group.code })),
    ...ORIGIN_DISTRICTS.map((district) => catalogueHref({ district: district.code })),
    ...products.map((product) => `/products/${encodeURIComponent(product.handle)}`),
    ...producers.map((producer) => `/producers/${encodeURIComponent(producer.handle)}`),
  ]
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
}

/** A sitemaps.org urlset for absolute URLs under the public store URL. */
export function renderSitemap(storeUrl: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(storeUrl + path)}</loc></url>`).join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

/** robots.txt: everything is public except the per-buyer and form endpoints. */
export function renderRobots(storeUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /cart",
    "Disallow: /language",
    "",
    `Sitemap: ${storeUrl}/sitemap.xml`,
    "",
  ].join("\n")
}
