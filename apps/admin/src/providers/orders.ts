import type { GetListParams, GetListResult, Identifier, RaRecord } from "react-admin"
import type { QueryValue, RequestOptions } from "./http-client"

type Request = <T = unknown>(path: string, options?: RequestOptions) => Promise<T>

/** Tracking given when an order leaves by carrier; the URL may be empty. */
export interface TrackingInput {
  tracking_number: string
  tracking_url?: string
}

/**
 * Order actions of the console. Each is one route of ours (`/admin/ocop-orders/:id/…`) that runs
 * Medusa's order workflows and answers the order as it now is; the backend refuses an action the
 * order's state does not allow, whatever the console showed.
 */
export interface OrderActions {
  /** The VietQR transfer arrived, or the cash was collected: captures the payment. */
  markOrderPaid(orderId: Identifier): Promise<RaRecord>
  /** A delivery order leaves with the carrier under this tracking number. */
  shipOrder(orderId: Identifier, tracking: TrackingInput): Promise<RaRecord>
  /** A pickup order waits at its showroom. */
  readyForPickup(orderId: Identifier): Promise<RaRecord>
  /** The buyer collected the pickup order. */
  markPickedUp(orderId: Identifier): Promise<RaRecord>
  /** The carrier delivered the parcel. */
  markDelivered(orderId: Identifier): Promise<RaRecord>
  /** Cancels an order not prepared yet; the reason is kept on the order. */
  cancelOrder(orderId: Identifier, reason: string): Promise<RaRecord>
  /** Staff sent a cancelled VietQR order's money back to the buyer. */
  confirmOrderRefund(orderId: Identifier): Promise<RaRecord>
}

/** The console's orders are read from our routes, which add delivery, place and possible actions. */
const ORDERS = "/admin/ocop-orders"
const orderPath = (id: Identifier) => `${ORDERS}/${encodeURIComponent(String(id))}`

/** Filters the order list understands; anything else (react-admin internals) is not sent. */
const ORDER_FILTERS = [
  "q",
  "status",
  "payment_status",
  "payment_method",
  "fulfillment_status",
  "delivery",
  "pickup_point",
  "created_from",
  "created_to",
  "id",
] as const

/** react-admin's list params as the order list's query (filters, limit/offset, `-created_at`). */
export function orderListQuery(
  params: Partial<Pick<GetListParams, "filter" | "pagination" | "sort">>,
): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {}
  for (const key of ORDER_FILTERS) {
    const value = params.filter?.[key]
    if (typeof value === "string" || typeof value === "number" || Array.isArray(value)) query[key] = value as QueryValue
  }
  if (params.pagination) {
    query.limit = params.pagination.perPage
    query.offset = (params.pagination.page - 1) * params.pagination.perPage
  }
  if (params.sort?.field) query.order = `${params.sort.order === "DESC" ? "-" : ""}${params.sort.field}`
  return query
}

/** The most rows the order list answers at once. */
export const ORDER_PAGE_LIMIT = 200

/**
 * One page of the order list. The CSV export asks for up to 1,000 rows at once; the API answers
 * at most 200, so a larger page is read in consecutive slices.
 */
export async function listOrders(request: Request, params: GetListParams): Promise<GetListResult> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 }
  const start = (page - 1) * perPage
  const data: RaRecord[] = []
  let total = 0
  while (data.length < perPage) {
    const limit = Math.min(ORDER_PAGE_LIMIT, perPage - data.length)
    const query = { ...orderListQuery({ ...params, pagination: undefined }), limit, offset: start + data.length }
    const body = await request<{ orders?: RaRecord[]; count?: number }>(ORDERS, { query })
    const rows = body.orders ?? []
    data.push(...rows)
    total = body.count ?? data.length
    if (rows.length < limit) break
  }
  return { data, total }
}

/** Orders by id (references to orders from other screens). */
export async function getOrders(request: Request, ids: Identifier[]): Promise<RaRecord[]> {
  const body = await request<{ orders?: RaRecord[] }>(ORDERS, { query: { id: ids.map(String), limit: ids.length } })
  return body.orders ?? []
}

/** One order with its lines, payments, fulfilments and the actions its state allows. */
export async function getOrder(request: Request, id: Identifier): Promise<RaRecord> {
  return (await request<{ order: RaRecord }>(orderPath(id))).order
}

export function createOrderActions(request: Request): OrderActions {
  const act = async (id: Identifier, action: string, body: object = {}) =>
    (await request<{ order: RaRecord }>(`${orderPath(id)}/${action}`, { method: "POST", body })).order
  return {
    markOrderPaid: (id) => act(id, "mark-paid"),
    shipOrder: (id, tracking) =>
      act(id, "ship", {
        tracking_number: tracking.tracking_number.trim(),
        ...(tracking.tracking_url?.trim() ? { tracking_url: tracking.tracking_url.trim() } : {}),
      }),
    readyForPickup: (id) => act(id, "ready-for-pickup"),
    markPickedUp: (id) => act(id, "picked-up"),
    markDelivered: (id) => act(id, "delivered"),
    cancelOrder: (id, reason) => act(id, "cancel", { reason: reason.trim() }),
    confirmOrderRefund: (id) => act(id, "confirm-refund"),
  }
}
