import type { SaleLine, SalePayment } from "./plan-sale"

/**
 * What an e-invoice generated from a cash register needs (Decree 70/2025/NĐ-CP), kept on each sale
 * as the receipt printed it, so a licensed provider can issue it later without reading anything
 * that may have changed since (decision 025). `status: "not_sent"` until a provider is plugged in.
 */
export type InvoiceData = {
  seller: { name: string | null; tax_code: string | null; place: string; address: string }
  buyer: { name: string | null; email: string | null; phone: string | null } | null
  issued_at: string
  currency: "VND"
  items: {
    name: string
    unit: string | null
    quantity: number
    unit_price: number
    discount: number
    amount: number
    vat_rate: number
    vat_amount: number
    amount_before_vat: number
  }[]
  by_vat_rate: { vat_rate: number; amount_before_vat: number; vat_amount: number; amount: number }[]
  total: number
  vat_total: number
  payment_methods: string[]
  status: "not_sent"
}

/** Builds the invoice data of a sale from its priced lines. */
export function invoiceDataOf(input: {
  place: {
    name: string
    address_1: string
    ward: string
    province: string
    seller_name: string | null
    seller_tax_code: string | null
  }
  buyer: InvoiceData["buyer"]
  lines: SaleLine[]
  payments: SalePayment[]
  issued_at: Date
}): InvoiceData {
  const items = input.lines.map((l) => ({
    name: l.variant_title && l.variant_title !== "Default variant" ? `${l.title} – ${l.variant_title}` : l.title,
    unit: l.variant_title,
    quantity: l.quantity,
    unit_price: l.unit_price,
    discount: l.line_discount + l.sale_discount,
    amount: l.total,
    vat_rate: l.vat_rate,
    vat_amount: l.vat,
    amount_before_vat: l.total - l.vat,
  }))
  const rates = new Map<number, InvoiceData["by_vat_rate"][number]>()
  for (const item of items) {
    const r = rates.get(item.vat_rate) ?? { vat_rate: item.vat_rate, amount_before_vat: 0, vat_amount: 0, amount: 0 }
    r.amount_before_vat += item.amount_before_vat
    r.vat_amount += item.vat_amount
    r.amount += item.amount
    rates.set(item.vat_rate, r)
  }
  return {
    seller: {
      name: input.place.seller_name,
      tax_code: input.place.seller_tax_code,
      place: input.place.name,
      address: [input.place.address_1, input.place.ward, input.place.province].join(", "),
    },
    buyer: input.buyer,
    issued_at: input.issued_at.toISOString(),
    currency: "VND",
    items,
    by_vat_rate: [...rates.values()].sort((a, b) => a.vat_rate - b.vat_rate),
    total: items.reduce((a, i) => a + i.amount, 0),
    vat_total: items.reduce((a, i) => a + i.vat_amount, 0),
    payment_methods: input.payments.map((p) => p.method),
    status: "not_sent",
  }
}
