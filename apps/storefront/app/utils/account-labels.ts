import { translate, type Locale, type MessageKey } from "~/i18n"

/** An order's state in the buyer's words: payment first (awaiting a transfer matters most), then status. */
export function orderStateLabel(order: { status?: string; payment_status?: string }, locale: Locale): string {
  const payment = `account.payment.${order.payment_status}` as MessageKey
  const status = `account.status.${order.status}` as MessageKey
  const parts = [status, payment].map((key) => {
    const text = translate(locale, key)
    return text === key ? null : text
  })
  return parts.filter(Boolean).join(" · ") || String(order.status ?? "")
}
