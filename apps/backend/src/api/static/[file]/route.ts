import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serveUpload } from "../serve-upload"

/** GET /static/:file — an upload (product images) when uploads live outside `static/`. */
export function GET(req: MedusaRequest, res: MedusaResponse) {
  serveUpload(req.params.file!, req, res)
}
