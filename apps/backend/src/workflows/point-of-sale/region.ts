import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

let cached: string | null = null

/** The Vietnam region (VND): counter sales are priced and taxed there. Read once per process. */
export async function vndRegionId(container: MedusaContainer): Promise<string> {
  if (cached) return cached
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { take: 1 })
  if (!region) throw new Error("No VND region: run the seed or create the Việt Nam region")
  cached = region.id
  return cached
}
