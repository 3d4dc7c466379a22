import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadBackendEnv } from "../../config/env"

let uploadDir: string | undefined | null = null

/**
 * Serves a file the local file provider wrote to OCOP_UPLOAD_DIR. Medusa itself serves only
 * `static/` of the working directory, so without this an upload kept elsewhere (tests, servers
 * with a data volume) would have a URL that answers 404. `root` keeps requests inside the folder.
 */
export function serveUpload(relativePath: string, req: MedusaRequest, res: MedusaResponse) {
  if (uploadDir === null) uploadDir = loadBackendEnv(process.env).uploadDir
  const notFound = () => res.status(404).json({ type: "not_found", message: "File not found" })
  if (!uploadDir || relativePath.split("/").some((part) => part.startsWith("."))) return notFound()
  res.sendFile(relativePath, { root: uploadDir, dotfiles: "deny", maxAge: "1d" }, (error) => {
    if (error && !res.headersSent) notFound()
  })
}
