import { translate } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { getEnv } from "./env.server"
import { isSameSitePost } from "./security-headers.server"

/**
 * The first line of every form action: a post from another site (a page that would use the buyer's
 * cookies to change their cart, address or account) is refused with 403 before anything runs.
 */
export async function refuseCrossSite(request: Request): Promise<void> {
  if (isSameSitePost(request, getEnv().PUBLIC_STORE_URL)) return
  const locale = await getLocale(request).catch(() => "vi" as const)
  throw new Response(translate(locale, "security.crossSite"), {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  })
}
