import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadBackendEnv } from "../../config/env"

let uploadDir: string | undefined | null = null

/** What /static serves: pictures by extension (uploads are checked by content; SVGs come only from the seed). */
const SERVED_PICTURES = /\.(jpe?g|png|gif|webp|svg)$/i

/**
 * Serves a file the local file provider wrote to OCOP_UPLOAD_DIR. Medusa itself serves only
 * `static/` of the working directory, so without this an upload kept elsewhere (tests, servers
 * with a data volume) would have a URL that answers 404. `root` keeps requests inside the folder.
 */
export function serveUpload(relativePath: string, req: MedusaRequest, res: MedusaResponse) {
  if (uploadDir === null) uploadDir = loadBackendEnv(process.env).uploadDir
  // Files are served from the API's own origin: nothing here may run or be sniffed into a page
  // (finding 4). Only pictures are served at all; the CSP stops script inside an SVG.
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
  const notFound = () => res.status(404).json({ type: "not_found", message: "File not found" })
  if (!uploadDir || relativePath.split("/").some((part) => part.startsWith("."))) return notFound()
  if (!SERVED_PICTURES.test(relativePath)) return notFound()
  res.sendFile(relativePath, { root: uploadDir, dotfiles: "deny", maxAge: "1d" }, (error) => {
    if (error && !res.headersSent) notFound()
  })
}
