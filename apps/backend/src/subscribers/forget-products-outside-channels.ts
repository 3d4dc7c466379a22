import type { SubscriberConfig } from "@medusajs/framework"
import { forgetProductsOutsideChannels } from "../api/store/products/sales-channel-filter"

/**
 * A new product may be created outside the web channel: forget which products Medusa's
 * `/store/products` leaves out (decision 032), so the next listing reads it again.
 */
export default async function forgetProductsOutsideChannelsOnChange() {
  forgetProductsOutsideChannels()
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.deleted"],
}
