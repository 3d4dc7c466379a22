import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * GET /store/ping — answers `{}` once Medusa's store middleware (CORS, the publishable-key check,
 * locale, the optional customer session) and ours have let the request through. It does no work of
 * its own, so it is the floor of every store read: test/bench/catalogue.mjs reports each store route
 * as a share of it and of /health (issue 17). A monitor can use it to check that a key is accepted.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse<Record<string, never>>) {
  res.json({})
}
