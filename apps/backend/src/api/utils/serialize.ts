import {
  toIsoDate,
  type CatalogueProduct,
  type CertificateSummary,
  type CertifiedStarLevel,
  type DistrictCode,
  type IssuingLevel,
  type ProducerKind,
  type ProducerProfile,
  type ProducerSummary,
  type ProductGroupCode,
} from "@ocop/domain"
import type { CatalogueEntryRow } from "../../modules/ocop/service"
import { computedStatus } from "../../modules/ocop/utils/certificates"

/** "yyyy-mm-dd" of a stored calendar day (UTC midnight) or null. */
export function isoDay(value: Date | string | null | undefined): string | null {
  return value ? toIsoDate(value instanceof Date ? value : new Date(value)) : null
}

const isoTime = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString()

/** A producer row as the modules return it. */
export type ProducerRecord = Record<string, any> & { id: string; handle: string; name: string }

/** A certification row as the modules return it. */
export type CertificationRecord = Record<string, any> & {
  id: string
  product_id: string
  valid_from: Date | string
  valid_until: Date | string
  revoked_at: Date | string | null
}

/** The producer fields shown on product cards. */
export function producerSummary(p: ProducerRecord): ProducerSummary {
  return {
    id: p.id,
    handle: p.handle,
    name: p.name,
    kind: p.kind as ProducerKind,
    district: p.district as DistrictCode,
    commune: p.commune ?? null,
    logo_url: p.logo_url ?? null,
  }
}

/** A producer's public page fields. */
export function producerProfile(p: ProducerRecord, productCount: number): ProducerProfile {
  return {
    ...producerSummary(p),
    representative: p.representative ?? null,
    phone: p.phone ?? null,
    email: p.email ?? null,
    address: p.address ?? null,
    story_vi: p.story_vi ?? null,
    story_en: p.story_en ?? null,
    photos: Array.isArray(p.photos) ? p.photos : [],
    product_count: productCount,
  }
}

/** The full register record for staff: every column but the internal search text. */
export function adminProducer(p: ProducerRecord) {
  const { search_text: _search, deleted_at: _deleted, ...rest } = p
  return { ...rest, photos: Array.isArray(p.photos) ? p.photos : [] }
}

/** A certificate with its status computed at `now` (never the possibly stale stored column). */
export function certificateSummary(c: CertificationRecord, now = new Date()): CertificateSummary {
  return {
    id: c.id,
    certificate_number: c.certificate_number,
    star_level: Number(c.star_level) as CertifiedStarLevel,
    score: Number(c.score),
    decision_number: c.decision_number,
    decision_date: isoDay(c.decision_date)!,
    issuing_level: c.issuing_level as IssuingLevel,
    valid_from: isoDay(c.valid_from)!,
    valid_until: isoDay(c.valid_until)!,
    status: computedStatus(c, now),
    revoked_at: c.revoked_at ? isoTime(c.revoked_at) : null,
    revocation_reason: c.revocation_reason ?? null,
  }
}

/** A catalogue card from its read-model row, its certificate and its producer. */
export function catalogueProduct(
  row: CatalogueEntryRow,
  certificate: CertificationRecord | undefined,
  producer: ProducerRecord,
  now = new Date(),
  // the currency of row.min_price: the card shows the price of the buyer's region
  currencyCode: "vnd" | "usd" = "vnd",
): CatalogueProduct {
  return {
    id: row.product_id,
    handle: row.handle,
    title: row.title,
    title_en: row.title_en,
    subtitle: row.subtitle,
    thumbnail: row.thumbnail,
    product_group: row.product_group as ProductGroupCode,
    origin_district: row.origin_district as DistrictCode,
    price: row.min_price === null ? null : { amount: row.min_price, currency_code: currencyCode },
    certificate: certificate ? certificateSummary(certificate, now) : null,
    producer: producerSummary(producer),
    created_at: isoTime(row.product_created_at),
  }
}
