import type { PayoutStatement } from "@ocop/domain"
import { createHttpClient, type HttpClientOptions } from "../providers/http-client"

/** One producer's line of the payouts list. */
export interface PayoutRow {
  producer_id: string
  producer_name: string
  consignment_owed: number
  support_due: number
  support_paid: number
  support_outstanding: number
  total_owed: number
}

export type Period = { from: string; to: string }

/**
 * Payout calls (issue 16). `producerId: null` is the signed-in producer's own statement
 * (`/producer/payouts`); staff name the producer (`/admin/payouts/:id`).
 */
export function createPayoutApi(options: HttpClientOptions) {
  const request = createHttpClient(options)
  const base = (producerId: string | null) =>
    producerId === null ? "/producer/payouts" : `/admin/payouts/${encodeURIComponent(producerId)}`
  return {
    list: async (period: Period) =>
      (await request<{ payouts: PayoutRow[] }>("/admin/payouts", { query: period })).payouts,
    statement: async (producerId: string | null, period: Period) =>
      (await request<{ statement: PayoutStatement }>(base(producerId), { query: period })).statement,
    paySupport: (certificationId: string, paidOn: string, reference?: string) =>
      request("/admin/support-payments", {
        method: "POST",
        body: { certification_id: certificationId, paid_on: paidOn, ...(reference ? { reference } : {}) },
      }),
    /** The statement as XLSX or PDF, as a blob URL (the routes need the bearer token). */
    fileUrl: async (producerId: string | null, kind: "xlsx" | "pdf", period: Period) => {
      const token = options.getToken()
      const query = new URLSearchParams(period).toString()
      const response = await options.fetch(`${options.baseUrl}${base(producerId)}/${kind}?${query}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      })
      if (!response.ok) throw new Error(`${kind} ${response.status}`)
      return URL.createObjectURL(await response.blob())
    },
  }
}

export type PayoutApi = ReturnType<typeof createPayoutApi>
