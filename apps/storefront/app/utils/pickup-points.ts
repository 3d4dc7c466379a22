import type { PickupPoint } from "./cart-types"

/** The showroom a shipping option leads to, if it is a pickup option. */
export function pickupPointFor(points: PickupPoint[], optionId: string | null | undefined): PickupPoint | undefined {
  return optionId ? points.find((p) => p.shipping_option_ids.includes(optionId)) : undefined
}
