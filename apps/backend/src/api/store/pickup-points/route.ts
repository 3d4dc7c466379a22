import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeOpeningHours, type OpeningHours, type PickupPoint } from "@ocop/domain"
import { pickupOptionsByPlace } from "../../../workflows/point-of-sale/pickup-options"

/**
 * GET /store/pickup-points — the points of sale (docs/domain.md §5) with their address, opening hours and
 * the pickup shipping options that lead there, so checkout and the confirmation can name the place.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ pickup_points: PickupPoint[] }>) {
  const points = [...(await pickupOptionsByPlace(req.scope)).values()]
    .filter(({ place }) => place.status === "active")
    .map(({ place, option_ids }) => ({
      code: place.code,
      name: place.name,
      address: [place.address_1, place.ward, place.province].filter(Boolean).join(", "),
      address_parts: { address_1: place.address_1, city: place.ward, province: place.province },
      opening_hours: describeOpeningHours(place.opening_hours as unknown as OpeningHours).join("; ") || null,
      shipping_option_ids: option_ids,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  res.json({ pickup_points: points })
}
