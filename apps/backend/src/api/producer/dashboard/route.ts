import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DASHBOARD_EXPIRY_DAYS, DASHBOARD_LIST_LIMIT } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import { salesInWindows } from "../../../queries/producer-sales"
import { salesPeriods } from "../../admin/producers/[id]/sales/sales-periods"
import { producerCertificates } from "../certificates/list"
import { countOrdersToPrepare } from "../queries/orders"
import { thisMonth } from "../queries/period"
import { producerSales } from "../queries/sales"
import { producerStock } from "../queries/stock"
import { currentProducer } from "../scope"

type ReviewCounter = {
  listAndCountProductReviews(filters: Record<string, unknown>, config: { take: number }): Promise<[unknown[], number]>
}

/**
 * GET /producer/dashboard — the producer's own figures only (every query starts from its id):
 * orders to prepare, this month's sales and best sellers, the last twelve months, stock running
 * out, certificates expiring within 90 days, reviews pending.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const producerId = currentProducer(req).id
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const reviews = req.scope.resolve<ReviewCounter>(PRODUCT_REVIEW_MODULE)
  const periods = salesPeriods(new Date())
  const monthWindows = periods.windows.filter((w) => periods.months.includes(w.key))
  const [toPrepare, sales, byMonth, stock, expiring, [, reviewsPending]] = await Promise.all([
    countOrdersToPrepare(knex, producerId),
    producerSales(knex, producerId, thisMonth()),
    salesInWindows(knex, producerId, monthWindows),
    producerStock(knex, producerId),
    producerCertificates(req, producerId, DASHBOARD_EXPIRY_DAYS),
    reviews.listAndCountProductReviews({ producer_id: producerId, status: "pending" }, { take: 1 }),
  ])
  res.json({
    orders_to_prepare: toPrepare,
    sales_this_month: {
      orders: sales.orders,
      units: sales.units,
      revenue_vnd: sales.revenue_vnd,
      revenue_usd: sales.revenue_usd,
    },
    top_products: sales.by_product.slice(0, DASHBOARD_LIST_LIMIT),
    sales_by_month: periods.months.map((month) => {
      const figures = byMonth.get(month)!
      return { month, orders: figures.orders, revenue_vnd: figures.revenue_vnd }
    }),
    stock,
    certificates_expiring: expiring,
    reviews_pending: reviewsPending,
  })
}
