import { PAYMENT_PROVIDER_IDS } from "@ocop/domain"
import QRCode from "qrcode"
import type { OrderVietQr, StoreOrder } from "./cart-types"
import { pickupPointFor } from "./pickup-points"
import { pickupPoints, storeCall, storeRead } from "./medusa.server"

const ORDER_FIELDS =
  "id,display_id,email,currency_code,total,item_total,tax_total,shipping_total,payment_status," +
  "*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions"

/** What the confirmation page shows: the order, its pickup place if any, and its VietQR code if paid by transfer. */
export async function orderConfirmation(orderId: string) {
  const { order } = await storeRead<{ order: StoreOrder }>(
    `/store/orders/${encodeURIComponent(orderId)}?fields=${ORDER_FIELDS}`,
  )
  const byVietQr = (order.payment_collections ?? []).some((c) =>
    (c.payment_sessions ?? []).some((s) => s.provider_id === PAYMENT_PROVIDER_IDS.vietqr),
  )
  const [points, vietqr] = await Promise.all([
    pickupPoints(),
    byVietQr ? storeCall<{ vietqr: OrderVietQr }>(`/store/orders/${order.id}/vietqr`) : Promise.resolve(null),
  ])
  const pickupPoint = pickupPointFor(points, order.shipping_methods[0]?.shipping_option_id) ?? null
  // The code the buyer shows at the showroom (issue 14); derived on the server, stored nowhere.
  const pickup = pickupPoint
    ? await storeCall<{ pickup: { pickup_code: string } }>(`/store/orders/${order.id}/pickup`)
    : null
  const pickupCode = pickup?.ok ? pickup.body.pickup.pickup_code : null
  const qr = vietqr?.ok ? vietqr.body.vietqr : null
  // A quiet zone of 4 modules (ISO/IEC 18004) and ≥ 5 px per module keep it decodable by banking apps.
  const qrSvg = qr
    ? await QRCode.toString(qr.payload, { type: "svg", errorCorrectionLevel: "M", margin: 4, width: 288 })
    : null
  return { order, pickupPoint, pickupCode, vietqr: qr, qrSvg }
}
