import { loadBackendEnv } from "../../../config/env"
import type { InvoiceData } from "../../../workflows/point-of-sale/sales/invoice-data"
import type { SaleLine, SalePayment } from "../../../workflows/point-of-sale/sales/plan-sale"
import { receiptPdf } from "../../../workflows/point-of-sale/pdf/receipt-pdf"
import type { saleView } from "./load"

/** The storefront page that shows a certificate; receipts link each product's there by QR code. */
export function certificateUrl(certificateNumber: string): string {
  return `${loadBackendEnv(process.env).storefrontUrl}/verify/${encodeURIComponent(certificateNumber)}`
}

/** The PDF receipt of a sale as `saleView` describes it. */
export function saleReceiptPdf(view: Awaited<ReturnType<typeof saleView>>): Promise<Buffer> {
  return receiptPdf({
    receipt_number: view.receipt_number,
    created_at: view.created_at,
    place: {
      name: view.point_of_sale?.name ?? "",
      address: view.point_of_sale?.address ?? "",
      phone: view.point_of_sale?.phone ?? null,
    },
    lines: view.lines as unknown as SaleLine[],
    payments: view.payments as unknown as SalePayment[],
    subtotal: view.subtotal,
    discount_total: view.discount_total,
    total: view.total,
    vat_total: view.vat_total,
    invoice: view.invoice as unknown as InvoiceData,
    status: view.status,
    refunded_total: view.refunded_total,
    verify_url: certificateUrl,
  })
}
