import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serveUpload } from "../../serve-upload"

/** GET /static/:folder/:file — an upload in a folder (the demo drawings live in `demo/`). */
export function GET(req: MedusaRequest, res: MedusaResponse) {
  serveUpload(`${req.params.folder}/${req.params.file}`, req, res)
}
