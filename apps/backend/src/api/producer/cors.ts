import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

/**
 * CORS for /producer routes. Medusa applies CORS only to /admin, /store and /auth; producers use the
 * same console as staff, so the console's origins (ADMIN_CORS) are the ones allowed here.
 */
export function allowConsoleOrigin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const origin = req.get("origin")
  if (origin) {
    const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const allowed = parseCorsOrigins(config.projectConfig.http.adminCors).some((o) =>
      typeof o === "string" ? o === origin : o.test(origin),
    )
    if (allowed) {
      res.vary("Origin")
      res.setHeader("Access-Control-Allow-Origin", origin)
      res.setHeader("Access-Control-Allow-Credentials", "true")
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "GET,HEAD,POST,DELETE,OPTIONS")
        res.setHeader(
          "Access-Control-Allow-Headers",
          req.get("access-control-request-headers") ?? "Content-Type,Authorization",
        )
        return res.status(204).end()
      }
    }
  }
  next()
}
