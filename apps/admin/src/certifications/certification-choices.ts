import type { ChipProps } from "@mui/material"
import {
  CERTIFICATE_STATUSES,
  CERTIFIED_STAR_LEVELS,
  EXPIRING_SOON_DAYS,
  INSPECTION_RESULTS,
  ISSUING_LEVELS,
} from "@ocop/domain"
import { useMemo } from "react"
import { useTranslate } from "react-admin"

/** A certificate as the admin API returns it (fields the console reads). */
export interface CertificationRecord {
  id: string
  product_id: string
  product?: { id: string; title: string; handle?: string } | null
  producer?: { id: string; name: string } | null
  star_level: number
  score: number
  certificate_number: string
  decision_number: string
  decision_date: string
  issuing_level: "provincial" | "national"
  valid_from: string
  valid_until: string
  status: "valid" | "expired" | "revoked"
  revocation_reason?: string | null
  revoked_at?: string | null
}

export const CERTIFICATE_STATUS_COLORS: Record<string, ChipProps["color"]> = {
  valid: "success",
  expired: "default",
  revoked: "error",
}

export const INSPECTION_RESULT_COLORS: Record<string, ChipProps["color"]> = {
  passed: "success",
  failed: "error",
}

/** The dashboard and the list's quick filter use the domain's "expiring soon" window. */
export const EXPIRING_FILTER = { status: "valid", expiring_within_days: EXPIRING_SOON_DAYS }

/** Translated choices for statuses, star levels, issuing levels and inspection results. */
export function useCertificationChoices() {
  const translate = useTranslate()
  return useMemo(
    () => ({
      statuses: CERTIFICATE_STATUSES.map((id) => ({ id, name: translate(`ocop.certifications.status.${id}`) })),
      stars: CERTIFIED_STAR_LEVELS.map((id) => ({ id, name: translate("ocop.certifications.stars", { count: id }) })),
      issuingLevels: ISSUING_LEVELS.map((id) => ({
        id,
        name: translate(`ocop.certifications.issuing_level.${id}`),
      })),
      results: INSPECTION_RESULTS.map((id) => ({
        id,
        name: translate(`ocop.certifications.inspections.result.${id}`),
      })),
    }),
    [translate],
  )
}

/** Select inputs hand back strings for numeric choices in some paths; the API wants numbers. */
export const parseNumber = (value: unknown) => (value === "" || value == null ? null : Number(value))
