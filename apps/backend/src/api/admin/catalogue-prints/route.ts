import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  latestPrints,
  printView,
  publishCataloguePrint,
} from "../../../workflows/catalogue/print/publish-catalogue-print"
import { certificateUrl } from "../counter-sales/receipt"
import { catalogueLanguage } from "./language"

/** GET /admin/catalogue-prints — the latest printed catalogue of each language. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ catalogue_prints: (await latestPrints(req.scope)).map(printView) })
}

/**
 * POST /admin/catalogue-prints {language} — generates the printed catalogue of today's certified
 * products and makes it the one the storefront offers. Answers when the PDF is stored (seconds).
 */
export async function POST(req: AuthenticatedMedusaRequest<{ language?: unknown }>, res: MedusaResponse) {
  const language = catalogueLanguage(req, res, (req.body as { language?: unknown } | undefined)?.language)
  if (!language) return
  const print = await publishCataloguePrint(req.scope, language, {
    verify_url: certificateUrl,
    generated_by: req.auth_context.actor_id ?? null,
  })
  res.status(201).json({ catalogue_print: print })
}
