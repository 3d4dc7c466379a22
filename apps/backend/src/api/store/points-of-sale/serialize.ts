import { describeOpeningHours, isOpenAt, mapLinkOf, type OpeningHours } from "@ocop/domain"
import type { PlaceRow } from "../../../workflows/point-of-sale/pickup-options"

/** A place as the shop shows it: where, when open (now too), how to get there. */
export function storePlace(place: PlaceRow, now = new Date()) {
  const hours = (place.opening_hours ?? []) as unknown as OpeningHours
  const address = [place.address_1, place.ward, place.province].join(", ")
  return {
    handle: place.handle,
    code: place.code,
    name: place.name,
    kind: place.kind,
    address,
    address_parts: { address_1: place.address_1, ward: place.ward, province: place.province },
    opening_hours: hours,
    opening_hours_text: { vi: describeOpeningHours(hours, "vi"), en: describeOpeningHours(hours, "en") },
    open_now: place.status === "active" && isOpenAt(hours, now),
    status: place.status,
    phone: place.phone,
    email: place.email,
    description: place.description,
    photo_url: place.photo_url,
    latitude: place.latitude,
    longitude: place.longitude,
    map_url: mapLinkOf({ latitude: place.latitude, longitude: place.longitude, name: place.name, address }),
  }
}
