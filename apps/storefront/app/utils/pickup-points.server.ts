import type { PickupPoint } from "./cart-types"
import { storeCall } from "./store-api.server"

/** The showrooms and the shipping options that lead to each; none when the backend refuses. */
export async function pickupPoints(): Promise<PickupPoint[]> {
  const points = await storeCall<{ pickup_points: PickupPoint[] }>("/store/pickup-points")
  return points.ok ? points.body.pickup_points : []
}
