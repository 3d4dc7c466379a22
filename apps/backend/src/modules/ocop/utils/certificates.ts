import { certificateStatus, isInForce, type CertificateStatus } from "@ocop/domain"

/** The certificate fields that decide whether it is in force. */
export type CertificateDatesRecord = {
  id: string
  valid_from: Date | string
  valid_until: Date | string
  revoked_at: Date | string | null
  created_at?: Date | string
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value))

/** Status at `now` from the dates, whatever the stored status column says. */
export function computedStatus(cert: CertificateDatesRecord, now = new Date()): CertificateStatus {
  return certificateStatus(
    {
      validFrom: asDate(cert.valid_from),
      validUntil: asDate(cert.valid_until),
      revokedAt: cert.revoked_at ? asDate(cert.revoked_at) : null,
    },
    now,
  )
}

/** True when the certificate lets its product carry the OCOP badge at `now`. */
export function certificateInForce(cert: CertificateDatesRecord, now = new Date()): boolean {
  return isInForce(
    {
      validFrom: asDate(cert.valid_from),
      validUntil: asDate(cert.valid_until),
      revokedAt: cert.revoked_at ? asDate(cert.revoked_at) : null,
    },
    now,
  )
}

/** Newest first: later valid_from, then later creation. */
export function newestFirst<T extends CertificateDatesRecord>(a: T, b: T): number {
  const byStart = asDate(b.valid_from).getTime() - asDate(a.valid_from).getTime()
  if (byStart !== 0) return byStart
  return (b.created_at ? asDate(b.created_at).getTime() : 0) - (a.created_at ? asDate(a.created_at).getTime() : 0)
}

/** The product's current certificate: the newest one in force, or undefined (no badge). */
export function currentCertificate<T extends CertificateDatesRecord>(certs: T[], now = new Date()): T | undefined {
  return certs.filter((c) => certificateInForce(c, now)).sort(newestFirst)[0]
}
