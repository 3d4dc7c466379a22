import type { MedusaRequest } from "@medusajs/framework/http"
import { isoDateToDate, toIsoDate } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateSummary, type CertificationRecord } from "../../utils/serialize"
import { ownProducts } from "../producer-record"

const DAY_MS = 86_400_000

/**
 * Certificates of the producer's products, each with its product, soonest expiry first.
 * `expiringWithinDays` keeps those in force that end within that many days (the dashboard).
 */
export async function producerCertificates(req: MedusaRequest, producerId: string, expiringWithinDays?: number) {
  const products = await ownProducts(req, producerId)
  if (!products.length) return []
  const titles = new Map(products.map((p) => [p.id, p.title]))
  const filters: Record<string, unknown> = { product_id: [...titles.keys()] }
  const now = new Date()
  if (expiringWithinDays !== undefined) {
    const today = isoDateToDate(toIsoDate(now))!
    filters.valid_until = { $gte: today, $lte: new Date(today.getTime() + expiringWithinDays * DAY_MS) }
    filters.$or = [{ revoked_at: null }, { revoked_at: { $gt: now } }]
  }
  const certs = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listCertifications(filters, { order: { valid_until: "ASC", id: "ASC" } })
  return certs.map((c) => ({
    ...certificateSummary(c as unknown as CertificationRecord, now),
    product_id: c.product_id,
    product_title: titles.get(c.product_id) ?? null,
  }))
}
