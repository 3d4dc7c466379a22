import { getEnv } from "~/utils/env.server"
import { logger } from "~/utils/logger.server"
import { BackendUnavailable } from "~/utils/medusa.server"
import { renderSitemap, sitemapPaths } from "~/utils/sitemap.server"

/** GET /sitemap.xml: every product and producer, read page by page from the store API. */
export async function loader() {
  try {
    const xml = renderSitemap(getEnv().PUBLIC_STORE_URL, await sitemapPaths())
    return new Response(xml, {
      headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
    })
  } catch (error) {
    if (!(error instanceof BackendUnavailable)) throw error
    logger.warn("sitemap unavailable: backend down")
    // Crawlers retry a 503 later instead of dropping the URLs they know.
    return new Response("Service unavailable", {
      status: 503,
      headers: { "Retry-After": "600", "Cache-Control": "no-store" },
    })
  }
}
