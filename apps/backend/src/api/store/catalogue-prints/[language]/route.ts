import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { latestPrintFile } from "../../../../workflows/catalogue/print/publish-catalogue-print"
import { catalogueLanguage, sendCatalogueFile } from "../../../admin/catalogue-prints/language"

/** GET /store/catalogue-prints/:language — the latest printed catalogue (PDF) for buyers to download. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const language = catalogueLanguage(req, res, req.params.language)
  if (!language) return
  sendCatalogueFile(req, res, language, await latestPrintFile(req.scope, language))
}
