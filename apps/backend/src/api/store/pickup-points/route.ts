import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A showroom where online orders can be collected. */
export type PickupPoint = {
  code: string
  name: string
  address: string
  /** The same address in parts, for a pickup order's shipping address. */
  address_parts: { address_1: string; city: string; province: string }
  opening_hours: string | null
  shipping_option_ids: string[]
}

type LocationRow = {
  name: string
  metadata?: Record<string, unknown> | null
  address?: { address_1?: string | null; city?: string | null; province?: string | null } | null
  fulfillment_sets?: ({
    type: string
    service_zones?: ({ shipping_options?: ({ id: string } | null)[] } | null)[]
  } | null)[]
}

/**
 * GET /store/pickup-points — the points of sale (domain.md §5) with their address, opening hours and
 * the pickup shipping options that lead there, so checkout and the confirmation can name the place.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ pickup_points: PickupPoint[] }>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "name",
      "metadata",
      "address.address_1",
      "address.city",
      "address.province",
      "fulfillment_sets.type",
      "fulfillment_sets.service_zones.shipping_options.id",
    ],
  })
  const points = (data as LocationRow[])
    .filter((l) => typeof l.metadata?.point_of_sale === "string")
    .map((l) => ({
      code: String(l.metadata!.point_of_sale),
      name: l.name,
      address: [l.address?.address_1, l.address?.city, l.address?.province].filter(Boolean).join(", "),
      address_parts: {
        address_1: l.address?.address_1 ?? "",
        city: l.address?.city ?? "",
        province: l.address?.province ?? "",
      },
      opening_hours: typeof l.metadata?.opening_hours === "string" ? l.metadata.opening_hours : null,
      shipping_option_ids: (l.fulfillment_sets ?? [])
        .filter((s) => s?.type === "pickup")
        .flatMap((s) =>
          (s?.service_zones ?? []).flatMap((z) => (z?.shipping_options ?? []).flatMap((o) => (o ? [o.id] : []))),
        ),
    }))
  res.json({ pickup_points: points })
}
