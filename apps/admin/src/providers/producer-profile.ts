import { PRODUCER_SELF_FIELDS } from "@ocop/domain"
import type { RaRecord } from "react-admin"
import { imageValue, imageValues, type ImageValue } from "./producer-products"

/** The profile is one record per producer user; react-admin addresses it by this id. */
export const PROFILE_ID = "me"

/** Register fields the office keeps: shown to the producer, never sent back. */
export const OFFICE_FIELDS = ["name", "kind", "registration_number", "district", "commune", "status"] as const

export interface ProducerProfileRecord extends RaRecord {
  producer_id: string
  logo: ImageValue | null
  photos: ImageValue[]
}

/** `GET /producer/profile`'s producer as the profile form's record (logo and photos previewable). */
export function profileRecord(producer: Record<string, unknown>): ProducerProfileRecord {
  return {
    ...producer,
    id: PROFILE_ID,
    producer_id: String(producer.id ?? ""),
    logo: imageValue(producer.logo_url),
    photos: imageValues(producer.photos),
  }
}

const TEXT_FIELDS = PRODUCER_SELF_FIELDS.filter((f) => f !== "logo_url" && f !== "photos")

/**
 * `POST /producer/profile`'s body: only the self-service fields (the server answers 400 to the
 * office's), pictures already uploaded. Cleared optional texts go as null.
 */
export function profileBody(data: Record<string, unknown>, logoUrl: string | null, photoUrls: string[]) {
  const body: Record<string, unknown> = {}
  for (const key of TEXT_FIELDS) {
    const value = data[key]
    body[key] = typeof value === "string" && value.trim() === "" ? null : (value ?? null)
  }
  body.logo_url = logoUrl
  body.photos = photoUrls
  return body
}
