import type { ChipProps } from "@mui/material"
import { eventDaysText } from "@ocop/domain"
import type { Identifier } from "react-admin"

/** One of the producer's invitations as `GET /producer/events` sends it (only its own participation). */
export interface ProducerEventRecord {
  id: Identifier
  handle: string
  name: string
  name_en: string
  kind: string
  status: "planned" | "open" | "closed"
  read_only: boolean
  province: string
  address: string
  starts_at: string
  ends_at: string
  starts_on: string
  ends_on: string
  organiser: string
  description: string | null
  invitation: {
    id: string
    status: "invited" | "accepted" | "declined"
    booth_number: string | null
    answered_at: string | null
    products: { product_id: string; title: string | null; handle: string | null; units: number }[]
    /** Units it declared it brought to the booth itself, when the server read them (the event's page). */
    booth_stock?: { id: string; kind: string; variant_id: string; title: string; quantity: number }[]
  }
}

export const INVITATION_COLORS: Record<string, ChipProps["color"]> = {
  invited: "warning",
  accepted: "success",
  declined: "default",
}

export const EVENT_COLORS: Record<string, ChipProps["color"]> = { planned: "info", open: "success", closed: "default" }

/** "12/03/2026 – 18/03/2026": the event's Vietnam days, as every screen writes them. */
export function eventDays(record: Pick<ProducerEventRecord, "starts_at" | "ends_at"> | undefined): string {
  return record?.starts_at && record.ends_at ? eventDaysText(record) : ""
}
