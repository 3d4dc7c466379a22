import { describeOpeningHours, isOpenAt, mapLinkOf, type OpeningHours } from "@ocop/domain"
import type { PlaceRow } from "../../../workflows/point-of-sale/pickup-options"

/** A place of sale in admin answers: the row plus its readable hours, whether it is open now and a map link. */
export function placeView(place: PlaceRow, now = new Date()) {
  const hours = (place.opening_hours ?? []) as unknown as OpeningHours
  return {
    id: place.id,
    code: place.code,
    handle: place.handle,
    name: place.name,
    kind: place.kind,
    status: place.status,
    address_1: place.address_1,
    ward: place.ward,
    province: place.province,
    address: [place.address_1, place.ward, place.province].join(", "),
    phone: place.phone,
    email: place.email,
    opening_hours: hours,
    opening_hours_text: describeOpeningHours(hours),
    open_now: isOpenAt(hours, now),
    latitude: place.latitude,
    longitude: place.longitude,
    map_url: mapLinkOf({
      latitude: place.latitude,
      longitude: place.longitude,
      name: place.name,
      address: place.address_1,
    }),
    photo_url: place.photo_url,
    description: place.description,
    manager_user_id: place.manager_user_id,
    seller_name: place.seller_name,
    seller_tax_code: place.seller_tax_code,
    low_stock_threshold: place.low_stock_threshold,
    discount_limit_percent: place.discount_limit_percent,
    pickup_hold_days: place.pickup_hold_days,
    cash_difference_threshold: place.cash_difference_threshold,
    stock_location_id: place.stock_location_id,
    sales_channel_id: place.sales_channel_id,
    trade_event_id: place.trade_event_id,
    created_at: place.created_at,
    updated_at: place.updated_at,
  }
}
