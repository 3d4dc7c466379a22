import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The online shop's sales channel and the default shipping profile, which producers' products join. */
export async function storeDefaults(
  container: MedusaContainer,
): Promise<{ sales_channel_id: string | null; shipping_profile_id: string | null }> {
  const [[store], [profile]] = await Promise.all([
    container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"], take: 1 }),
    container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 }),
  ])
  return { sales_channel_id: store?.default_sales_channel_id ?? null, shipping_profile_id: profile?.id ?? null }
}
