import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { RegionDTO } from "@medusajs/framework/types"
import { PAYMENT_PROVIDER_IDS } from "@ocop/domain"
import { reportCounts, type SeedContext } from "./context"

export const REGION_NAME = "Việt Nam"

/** Region Việt Nam: VND, prices include VAT (a tax-inclusive price preference), system payment provider. */
export async function ensureRegion(ctx: SeedContext): Promise<RegionDTO> {
  const service = ctx.container.resolve(Modules.REGION)
  const [existing] = await service.listRegions({ name: REGION_NAME })
  reportCounts(ctx, "region", existing ? 0 : 1, existing ? 1 : 0)
  if (existing) return existing
  const { result } = await createRegionsWorkflow(ctx.container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "vnd",
          countries: ["vn"],
          automatic_taxes: true,
          is_tax_inclusive: true,
          payment_providers: [PAYMENT_PROVIDER_IDS.cod],
        },
      ],
    },
  })
  return result[0]
}

/** Vietnam's tax region with VAT (thuế GTGT) at 10 % as its default rate. */
export async function ensureTaxRegion(ctx: SeedContext): Promise<void> {
  const service = ctx.container.resolve(Modules.TAX)
  // Province-level tax regions have a parent; the country's own region has none.
  const existing = (await service.listTaxRegions({ country_code: "vn" })).filter((r) => !r.parent_id)
  reportCounts(ctx, "tax region", existing.length ? 0 : 1, existing.length)
  if (existing.length) return
  await createTaxRegionsWorkflow(ctx.container).run({
    input: [
      {
        country_code: "vn",
        provider_id: "tp_system",
        default_tax_rate: { name: "Thuế GTGT 10%", code: "VAT10", rate: 10 },
      },
    ],
  })
}
