import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  certificateStatus,
  certificationInputSchema,
  defaultValidUntil,
  isoDateToDate,
  vietnamToday,
} from "@ocop/domain"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { createCertificationsWorkflow } from "../../workflows/certification/workflows/create-certifications"
import { revokeCertificationWorkflow } from "../../workflows/certification/workflows/revoke-certification"
import { attachProductsToProducersWorkflow } from "../../workflows/product/workflows/attach-products-to-producers"
import { refreshCatalogueWorkflow } from "../../workflows/catalogue/workflows/refresh-catalogue"
import { revocationDay, roundDates } from "../seed-data/certification-rounds"
import { PRODUCTS } from "../seed-data/products"
import type { SeedProduct } from "../seed-data/types"
import { reportCounts, withSampleNote, type SeedContext } from "./context"

/** A "yyyy-mm-dd" day of the demo data as a UTC-midnight date. */
function isoDay(text: string): Date {
  const date = isoDateToDate(text)
  if (!date) throw new Error(`seed data holds an impossible day: ${text}`)
  return date
}

/**
 * Certificate numbers "OCOP-LC-<year>-<nnnn>" (provincial) or "OCOP-TW-<year>-<nnnn>" (national
 * council, Trung ương): numbered per issuer and decision year in PRODUCTS order, for a seed run on
 * `seedDay` (the decision years follow the seed day).
 */
export function demoCertificateNumbers(seedDay: Date, products: SeedProduct[] = PRODUCTS): Map<string, string> {
  const next = new Map<string, number>()
  const numbers = new Map<string, string>()
  for (const p of products) {
    const round = p.certificate.round
    const issuer = round.issuing_level === "national" ? "TW" : "LC"
    const series = `OCOP-${issuer}-${roundDates(round, seedDay).decision_date.slice(0, 4)}`
    const seq = (next.get(series) ?? 0) + 1
    next.set(series, seq)
    numbers.set(p.handle, `${series}-${String(seq).padStart(4, "0")}`)
  }
  return numbers
}

/** Links each demo product to its producer and records its group, origin and English texts, where missing. */
export async function ensureProductProfiles(
  ctx: SeedContext,
  productIds: Map<string, string>,
  producerIds: Map<string, string>,
): Promise<number> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const ids = [...productIds.values()]
  const [{ data: linked }, profiles] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: ids } }),
    ocop.listProductProfiles({ product_id: ids }, { select: ["product_id"] }),
  ])
  const hasProducer = new Set(
    (linked as { id: string; producer?: { id: string } | null }[]).filter((p) => p.producer).map((p) => p.id),
  )
  const hasProfile = new Set(profiles.map((p) => p.product_id))
  const missing = PRODUCTS.filter((p) => {
    const id = productIds.get(p.handle)!
    return !hasProducer.has(id) || !hasProfile.has(id)
  })
  if (missing.length) {
    await attachProductsToProducersWorkflow(ctx.container).run({
      input: {
        products: missing.map((p) => ({
          product_id: productIds.get(p.handle)!,
          producer_id: producerIds.get(p.producer)!,
          product_group: p.group,
          origin_district: p.district,
          title_en: p.title_en,
          description_en: withSampleNote(p.description_en, "en"),
        })),
      },
    })
  }
  reportCounts(ctx, "product profiles and producer links", missing.length, PRODUCTS.length - missing.length)
  return missing.length
}

/**
 * Gives each demo product that has no certificate yet its certificate (checked against the shared
 * certificate schema), dated relative to `seedDay`, and revokes the ones the data marks as revoked.
 * A product that holds any certificate is left alone, so a rerun on a later day adds nothing even
 * though the dates (and the years in the numbers) it would compute have moved.
 */
export async function ensureCertificates(
  ctx: SeedContext,
  productIds: Map<string, string>,
  seedDay: Date = vietnamToday(),
): Promise<number> {
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const numbers = demoCertificateNumbers(seedDay)
  const existing = await ocop.listCertifications(
    { product_id: [...productIds.values()] },
    { select: ["id", "product_id", "revoked_at"], order: { created_at: "ASC" } },
  )
  const byProduct = new Map<string, { id: string; revoked_at: Date | null }>()
  for (const c of existing) if (!byProduct.has(c.product_id)) byProduct.set(c.product_id, c)
  const missing = PRODUCTS.filter((p) => !byProduct.has(productIds.get(p.handle)!))

  const certifications = missing.map((p) => {
    const c = p.certificate
    const input = certificationInputSchema.parse({
      product_id: productIds.get(p.handle)!,
      star_level: c.star_level,
      score: c.score,
      certificate_number: numbers.get(p.handle)!,
      decision_number: c.round.decision_number,
      issuing_level: c.round.issuing_level,
      ...roundDates(c.round, seedDay),
    })
    const validFrom = isoDay(input.valid_from)
    const validUntil = input.valid_until ? isoDay(input.valid_until) : defaultValidUntil(validFrom)
    return {
      ...input,
      decision_date: isoDay(input.decision_date),
      valid_from: validFrom,
      valid_until: validUntil,
      status: certificateStatus({ validFrom, validUntil }),
    }
  })
  if (certifications.length) {
    const { result } = await createCertificationsWorkflow(ctx.container).run({ input: { certifications } })
    for (const cert of result) byProduct.set(cert.product_id, { id: cert.id, revoked_at: null })
  }
  reportCounts(ctx, "certificates", missing.length, PRODUCTS.length - missing.length)

  let revoked = 0
  for (const p of PRODUCTS.filter((p) => p.certificate.revoked)) {
    const cert = byProduct.get(productIds.get(p.handle)!)!
    if (cert.revoked_at) continue
    const revocation = p.certificate.revoked!
    await revokeCertificationWorkflow(ctx.container).run({
      input: { id: cert.id, reason: revocation.reason, revoked_at: isoDay(revocationDay(revocation, seedDay)) },
    })
    revoked++
  }
  const toRevoke = PRODUCTS.filter((p) => p.certificate.revoked).length
  reportCounts(ctx, "revocations", revoked, toRevoke - revoked)
  return missing.length + revoked
}

/**
 * Rebuilds the demo products' catalogue rows when this run changed something or rows are missing
 * (a database seeded before the catalogue existed); otherwise leaves them untouched.
 */
export async function refreshDemoCatalogue(
  ctx: SeedContext,
  productIds: Map<string, string>,
  changes: number,
): Promise<void> {
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const ids = [...productIds.values()]
  const [, rows] = await ocop.listAndCountCatalogueEntries({ product_id: ids }, { select: ["id"], take: 1 })
  if (changes === 0 && rows === ids.length) {
    ctx.logger.info("seed: catalogue: already up to date")
    return
  }
  const { result } = await refreshCatalogueWorkflow(ctx.container).run({ input: { product_ids: ids } })
  ctx.logger.info(`seed: catalogue: refreshed ${result.refreshed} rows, ${result.listed} listed`)
}
