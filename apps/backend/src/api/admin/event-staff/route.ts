import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eventStaff } from "../../../workflows/event/responsible"

/**
 * GET /admin/event-staff — whom an event's responsible person is chosen from: trade promotion and
 * administrators (decision 028). Trade (read) only, so a clerk does not list the staff's addresses.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const staff = await eventStaff(req.scope)
  res.json({ staff, count: staff.length })
}
