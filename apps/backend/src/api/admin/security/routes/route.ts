import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type ExpressLayer = { route?: { path: unknown; methods: Record<string, boolean> } }

/**
 * GET /admin/security/routes — every route this server registered (Medusa's and ours) with its
 * methods, read from Express itself. Administrators only (no line of the route table names it).
 * The access tests walk it, so a route added by us or by an upgrade of Medusa is checked against
 * the table without anyone listing it by hand (decision 015).
 */
export function GET(req: MedusaRequest, res: MedusaResponse) {
  const stack = ((req.app as unknown as { _router?: { stack?: ExpressLayer[] } })._router?.stack ??
    []) as ExpressLayer[]
  const routes = new Map<string, Set<string>>()
  for (const layer of stack) {
    if (!layer.route || typeof layer.route.path !== "string") continue
    const methods = routes.get(layer.route.path) ?? new Set<string>()
    for (const [method, on] of Object.entries(layer.route.methods)) if (on) methods.add(method.toUpperCase())
    routes.set(layer.route.path, methods)
  }
  const list = [...routes]
    .map(([path, methods]) => ({ path, methods: [...methods].sort() }))
    .sort((a, b) => a.path.localeCompare(b.path))
  res.json({ routes: list, count: list.length })
}
