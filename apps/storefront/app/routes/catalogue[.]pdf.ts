import type { LoaderFunctionArgs } from "@remix-run/node"
import { getLocale } from "~/i18n/locale.server"
import { getEnv, getPublishableKey } from "~/utils/env.server"
import { logger } from "~/utils/logger.server"

const NOT_YET = {
  vi: "Catalogue sản phẩm OCOP chưa được phát hành.",
  en: "The OCOP product catalogue has not been published yet.",
} as const

/**
 * GET /catalogue.pdf: the latest printed catalogue (PDF) that trade promotion published, in the
 * buyer's language (`?lang=vi|en` chooses), or the other language when there is none in it yet.
 * Passed through from the store API so the link works without the API key in the browser.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const asked = new URL(request.url).searchParams.get("lang")
  const locale = asked === "vi" || asked === "en" ? asked : await getLocale(request)
  const key = getPublishableKey()
  for (const language of locale === "en" ? ["en", "vi"] : ["vi", "en"]) {
    let res: Response
    try {
      res = await fetch(`${getEnv().MEDUSA_BACKEND_URL}/store/catalogue-prints/${language}`, {
        headers: key ? { "x-publishable-api-key": key } : {},
        signal: AbortSignal.timeout(30_000),
      })
    } catch (error) {
      logger.error("catalogue download failed", { error: String(error) })
      return new Response("Service unavailable", { status: 503, headers: { "Retry-After": "30" } })
    }
    if (res.status === 404) continue
    if (!res.ok) {
      logger.error("catalogue download failed", { status: res.status })
      return new Response("Service unavailable", { status: 503, headers: { "Retry-After": "30" } })
    }
    return new Response(res.body, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition":
          res.headers.get("content-disposition") ?? `inline; filename="catalogue-ocop-lao-cai.pdf"`,
        "Cache-Control": "public, max-age=300",
      },
    })
  }
  return new Response(NOT_YET[locale], { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
}
