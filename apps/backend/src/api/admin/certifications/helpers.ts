import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defaultValidUntil, isoDateToDate, toIsoDate, type CertificationInput } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { computedStatus } from "../../../modules/ocop/utils/certificates"
import type { CertificationData } from "../../../workflows/certification/steps/create-certifications"
import { certificateSummary, isoDay, producerSummary, type CertificationRecord } from "../../utils/serialize"
import type { AdminCertificationsQuery } from "./validators"

const DAY_MS = 86_400_000

/** Validated input → the row to store; valid_until defaults to 36 months (defaultValidUntil). */
export function toCertificationData(input: CertificationInput): CertificationData {
  const validFrom = isoDateToDate(input.valid_from)!
  const validUntil = input.valid_until ? isoDateToDate(input.valid_until)! : defaultValidUntil(validFrom)
  const data = {
    product_id: input.product_id,
    star_level: input.star_level,
    score: input.score,
    certificate_number: input.certificate_number,
    decision_number: input.decision_number,
    decision_date: isoDateToDate(input.decision_date)!,
    issuing_level: input.issuing_level,
    valid_from: validFrom,
    valid_until: validUntil,
  }
  return { ...data, status: computedStatus({ id: "", ...data, revoked_at: null }) }
}

/** A stored certificate as the input schema reads it, to merge a partial edit into. */
export function toCertificationInput(c: CertificationRecord): Record<string, unknown> {
  return {
    product_id: c.product_id,
    star_level: c.star_level,
    score: c.score,
    certificate_number: c.certificate_number,
    decision_number: c.decision_number,
    decision_date: isoDay(c.decision_date),
    issuing_level: c.issuing_level,
    valid_from: isoDay(c.valid_from),
    valid_until: isoDay(c.valid_until),
  }
}

/** Module filters for the admin list; status comes from the dates, like computedStatus. */
export function certificationFilters(query: AdminCertificationsQuery, now = new Date()): Record<string, unknown> {
  const today = isoDateToDate(toIsoDate(now))!
  const notRevoked = { $or: [{ revoked_at: null }, { revoked_at: { $gt: now } }] }
  const and: Record<string, unknown>[] = []
  if (query.status === "revoked") and.push({ revoked_at: { $lte: now } })
  if (query.status === "expired") and.push(notRevoked, { valid_until: { $lt: today } })
  if (query.status === "valid") and.push(notRevoked, { valid_until: { $gte: today } })
  if (query.expiring_within_days !== undefined) {
    const until = new Date(today.getTime() + query.expiring_within_days * DAY_MS)
    and.push(notRevoked, { valid_until: { $gte: today, $lte: until } })
  }
  if (query.star_level) and.push({ star_level: query.star_level })
  if (query.product_id) and.push({ product_id: query.product_id })
  if (query.q) and.push({ certificate_number: { $ilike: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } })
  return and.length ? { $and: and } : {}
}

/**
 * Certificates as staff see them: the summary (computed status) plus product {id, title, handle},
 * its producer summary and timestamps; inspections too when asked.
 */
export async function certificationViews(
  container: MedusaContainer,
  certs: CertificationRecord[],
  { withInspections = false } = {},
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(certs.map((c) => c.product_id))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "title", "handle", "producer.*"],
        filters: { id: productIds },
      })
    : { data: [] }
  const productOf = new Map((products as any[]).map((p) => [p.id, p]))
  const inspectionsOf = new Map<string, unknown[]>()
  if (withInspections && certs.length) {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const inspections = await ocop.listInspections(
      { certification_id: certs.map((c) => c.id) },
      { order: { inspected_at: "DESC", created_at: "DESC" } },
    )
    for (const i of inspections as any[]) {
      const list = inspectionsOf.get(i.certification_id) ?? []
      list.push(inspectionView(i))
      inspectionsOf.set(i.certification_id, list)
    }
  }
  return certs.map((c) => {
    const product = productOf.get(c.product_id)
    return {
      ...certificateSummary(c),
      product_id: c.product_id,
      product: product ? { id: product.id, title: product.title, handle: product.handle } : null,
      producer: product?.producer ? producerSummary(product.producer) : null,
      created_at: new Date(c.created_at).toISOString(),
      updated_at: new Date(c.updated_at).toISOString(),
      ...(withInspections ? { inspections: inspectionsOf.get(c.id) ?? [] } : {}),
    }
  })
}

/** An inspection with its day as "yyyy-mm-dd". */
export function inspectionView(i: Record<string, any>) {
  return {
    id: i.id,
    certification_id: i.certification_id ?? i.certification?.id,
    inspected_at: isoDay(i.inspected_at),
    inspector: i.inspector,
    result: i.result,
    notes: i.notes ?? null,
    created_at: new Date(i.created_at).toISOString(),
  }
}
