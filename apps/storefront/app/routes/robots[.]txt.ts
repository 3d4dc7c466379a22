import { getEnv } from "~/utils/env.server"
import { renderRobots } from "~/utils/sitemap.server"

/** GET /robots.txt */
export async function loader() {
  return new Response(renderRobots(getEnv().PUBLIC_STORE_URL), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  })
}
