import type { ProducerOrder } from "@ocop/domain"
import { formatOrderMoney } from "../../orders/order-model"
import type { ConsoleLocale } from "../../i18n/i18n-provider"

export type ProducerOrderRecord = ProducerOrder

/** The producer's share of an order: in đồng when the order was in đồng, else in its own currency. */
export function producerTotal(
  order: Pick<ProducerOrder, "total" | "total_vnd" | "currency_code">,
  locale: ConsoleLocale,
): string {
  if (typeof order.total_vnd === "number") return formatOrderMoney(order.total_vnd, "vnd", locale)
  return formatOrderMoney(order.total, order.currency_code, locale)
}
