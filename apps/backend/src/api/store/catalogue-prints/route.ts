import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { latestPrints, printView } from "../../../workflows/catalogue/print/publish-catalogue-print"

/** GET /store/catalogue-prints — which printed catalogues there are to download (latest per language). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ catalogue_prints: (await latestPrints(req.scope)).map(printView) })
}
