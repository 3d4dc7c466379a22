import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { latestPrintFile } from "../../../../workflows/catalogue/print/publish-catalogue-print"
import { catalogueLanguage, sendCatalogueFile } from "../language"

/** GET /admin/catalogue-prints/:language — the latest printed catalogue's PDF, for staff to check. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const language = catalogueLanguage(req, res, req.params.language)
  if (!language) return
  sendCatalogueFile(req, res, language, await latestPrintFile(req.scope, language))
}
