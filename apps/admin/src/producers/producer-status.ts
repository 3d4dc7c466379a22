import type { ChipProps } from "@mui/material"
import { PRODUCER_STATUSES } from "@ocop/domain"
import { useMemo } from "react"
import { useTranslate } from "react-admin"

export const PRODUCER_STATUS_COLORS: Record<string, ChipProps["color"]> = {
  active: "success",
  suspended: "warning",
}

/** Choices for the producer status filter, translated. */
export function useProducerStatusChoices() {
  const translate = useTranslate()
  return useMemo(
    () => PRODUCER_STATUSES.map((id) => ({ id, name: translate(`ocop.producers.status.${id}`) })),
    [translate],
  )
}

/** The suspend switch edits `status`: on = 'suspended', off = 'active'. */
export const suspendedFormat = (status: unknown) => status === "suspended"
export const suspendedParse = (suspended: unknown) => (suspended ? "suspended" : "active")
