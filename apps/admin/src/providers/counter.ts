import type { CounterSaleInput, TransferReceipt } from "@ocop/domain"
import { createHttpClient, type HttpClientOptions } from "./http-client"

/** A variant on a place's shelf, as the counter screen sells it (GET /admin/points-of-sale/:id/stock). */
export interface ShelfItem {
  variant_id: string
  product_id: string
  product_title: string
  product_handle: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  product_group: string | null
  certificate_number: string | null
  price: number | null
  vat_rate: number | null
  manage_inventory: boolean
  stocked: number
  reserved: number
  incoming: number
  available: number
  low: boolean
}

export interface RegisterRow {
  id: string
  name: string
  open_session: { id: string; opened_at: string; opening_float: number } | null
}

export interface CashMovement {
  id: string
  kind: string
  amount: number
  reason: string | null
  created_at: string
  after_close: boolean
}

export interface RegisterSession {
  id: string
  register_id: string
  register_name: string | null
  point_of_sale_id: string
  status: "open" | "closed"
  opened_at: string
  opening_float: number
  expected_cash: number | null
  counted_cash: number | null
  difference: number | null
  close_note: string | null
  movements: CashMovement[]
}

export interface CounterSale {
  id: string
  display_id: number | null
  receipt_number: string | null
  status: string
  total: number
  subtotal: number
  discount_total: number
  vat_total: number
  refunded_total: number
  created_at: string
  offline_at: string | null
  flag: string | null
  lines: {
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    total: number
    vat_rate: number
    vat: number
    line_discount: number
    sale_discount: number
    certificate_number: string | null
  }[]
  payments: {
    method: "cash" | "vietqr" | "card"
    amount: number
    tendered: number | null
    change: number
    reference: string | null
  }[]
  buyer: { name?: string | null; email?: string | null; phone?: string | null } | null
  invoice: {
    seller: { name: string | null; tax_code: string | null }
    by_vat_rate: { vat_rate: number; vat_amount: number }[]
  }
  point_of_sale: { id: string; code: string; name: string; address: string; phone: string | null } | null
  returns: { id: string; kind: string; refund_total: number; reason: string; created_at: string }[]
}

export interface PickupOrder {
  id: string
  display_id: number
  created_at: string
  customer_name: string | null
  phone: string | null
  email: string | null
  total: number
  payment_status: string
  state: "to_prepare" | "ready" | "handed_over" | "not_collected"
  ready_at: string | null
  collect_by: string | null
}

/**
 * The counter's calls: one request per clerk action, each a route of ours that runs a workflow
 * (issue 14). PDFs are fetched with the bearer token and handed back as blobs to open or print.
 */
export function createCounterApi(options: HttpClientOptions) {
  const request = createHttpClient(options)
  const place = (id: string) => `/admin/points-of-sale/${encodeURIComponent(id)}`
  const session = (id: string) => `/admin/register-sessions/${encodeURIComponent(id)}`
  const sale = (id: string) => `/admin/counter-sales/${encodeURIComponent(id)}`
  const transfer = (id: string) => `/admin/stock-transfers/${encodeURIComponent(id)}`
  return {
    shelf: async (placeId: string, low = false) =>
      (await request<{ stock: ShelfItem[] }>(`${place(placeId)}/stock`, { query: { low: low ? "true" : undefined } }))
        .stock,
    registers: async (placeId: string) =>
      (await request<{ registers: RegisterRow[] }>(`${place(placeId)}/registers`)).registers,
    openSession: async (registerId: string, openingFloat: number) =>
      (
        await request<{ register_session: RegisterSession }>("/admin/register-sessions", {
          method: "POST",
          body: { register_id: registerId, opening_float: openingFloat },
        })
      ).register_session,
    session: async (id: string) => (await request<{ register_session: RegisterSession }>(session(id))).register_session,
    moveCash: async (id: string, kind: "cash_in" | "cash_out", amount: number, reason: string) =>
      (
        await request<{ register_session: RegisterSession }>(`${session(id)}/movements`, {
          method: "POST",
          body: { kind, amount, reason },
        })
      ).register_session,
    closeSession: async (id: string, counted: Record<string, number>, note: string | null) =>
      (
        await request<{ register_session: RegisterSession }>(`${session(id)}/close`, {
          method: "POST",
          body: { counted, note },
        })
      ).register_session,
    sell: async (input: CounterSaleInput) =>
      request<{ counter_sale: CounterSale; replayed: boolean }>("/admin/counter-sales", {
        method: "POST",
        body: input,
      }),
    sale: async (id: string) => (await request<{ counter_sale: CounterSale }>(sale(id))).counter_sale,
    sales: async (query: Record<string, string>) =>
      (await request<{ counter_sales: CounterSale[]; count: number }>("/admin/counter-sales", { query })).counter_sales,
    returnSale: async (
      id: string,
      body: {
        register_session_id: string
        kind: "return" | "void"
        lines: { line_id: string; quantity: number }[]
        reason: string
        approval?: { email: string; password: string } | null
      },
    ) => (await request<{ counter_sale: CounterSale }>(`${sale(id)}/returns`, { method: "POST", body })).counter_sale,
    emailReceipt: async (id: string, email?: string) =>
      request<{ sent_to: string }>(`${sale(id)}/email-receipt`, { method: "POST", body: email ? { email } : {} }),
    vietQr: async (placeId: string, amount: number, note: string) =>
      (
        await request<{
          vietqr: {
            payload: string
            account_name: string
            account_number: string
            sample_account: boolean
            note: string
          }
        }>(`${place(placeId)}/vietqr`, { query: { amount, note } })
      ).vietqr,
    dayReport: async (placeId: string, date?: string) =>
      (await request<{ day_report: DayReport }>(`${place(placeId)}/day-report`, { query: { date } })).day_report,
    /** Whom a place's manager is chosen from (trade promotion and administrators may list them). */
    placeManagers: async () =>
      (
        await request<{ managers: { id: string; email: string; name: string; role: string }[] }>(
          "/admin/place-managers",
        )
      ).managers,
    /** Whom an event's responsible person is chosen from (trade promotion and administrators). */
    eventStaff: async () =>
      (await request<{ staff: { id: string; email: string; name: string; role: string }[] }>("/admin/event-staff"))
        .staff,
    pickupQueue: async (placeId: string, state?: string) =>
      (
        await request<{ pickup_orders: PickupOrder[] }>("/admin/pickup-queue", {
          query: { point_of_sale_id: placeId, state },
        })
      ).pickup_orders,
    pickup: async (orderId: string, action: "ready" | "hand-over" | "not-collected", body: Record<string, unknown>) =>
      request(`/admin/pickup-queue/${encodeURIComponent(orderId)}/${action}`, { method: "POST", body }),
    sendTransfer: async (id: string) => request(`${transfer(id)}/send`, { method: "POST", body: {} }),
    cancelTransfer: async (id: string) => request(`${transfer(id)}/cancel`, { method: "POST", body: {} }),
    receiveTransfer: async (id: string, receipt: TransferReceipt) =>
      request("/admin/stock-transfer-receipts", { method: "POST", body: { transfer_id: id, ...receipt } }),
    /** Variants to put on a transfer, by name or SKU (Medusa's variant search). */
    variants: async (q: string) =>
      (
        await request<{ variants: { id: string; title: string; sku: string | null; product?: { title: string } }[] }>(
          "/admin/product-variants",
          { query: { q, limit: 20, fields: "id,title,sku,product.title" } },
        )
      ).variants,
    /** Every stock location (warehouse, places), for a transfer's from and to. */
    locations: async () =>
      (
        await request<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", {
          query: { limit: 100 },
        })
      ).stock_locations,
    /** A file of ours (receipt, end-of-day report, event report's PDF or XLSX) as a blob URL. */
    pdfUrl: async (path: string) => {
      const token = options.getToken()
      const response = await options.fetch(`${options.baseUrl}${path}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      })
      if (!response.ok) throw new Error(`File ${response.status}`)
      return URL.createObjectURL(await response.blob())
    },
  }
}

export type CounterApi = ReturnType<typeof createCounterApi>

export interface DayReport {
  day: string
  point_of_sale: { id: string; code: string; name: string; address: string }
  sales: { count: number; subtotal: number; discounts: number; total: number; vat: number; offline: number }
  by_method: { method: "cash" | "vietqr" | "card"; paid: number; refunded: number; net: number }[]
  returns: { count: number; amount: number }
  voids: { count: number; amount: number }
  refunds_total: number
  net_revenue: number
  sessions: {
    id: string
    register: string | null
    status: string
    opened_at: string
    closed_at: string | null
    opening_float: number
    expected_cash: number | null
    counted_cash: number | null
    difference: number | null
    close_note: string | null
  }[]
  cash_difference: number
  flagged: { id: string; display_id: number | null; flag: string; total: number }[]
}
