import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import { producerCertificates } from "../certificates/list"
import { countOrdersToPrepare } from "../queries/orders"
import { thisMonth } from "../queries/period"
import { producerSales } from "../queries/sales"
import { currentProducer } from "../scope"

/** Certificates ending within this many days show on the dashboard, in time to apply for renewal. */
const EXPIRY_WARNING_DAYS = 90

type ReviewCounter = {
  listAndCountProductReviews(filters: Record<string, unknown>, config: { take: number }): Promise<[unknown[], number]>
}

/** GET /producer/dashboard — orders to prepare, this month's sales, certificates expiring, reviews pending. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const producerId = currentProducer(req).id
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const reviews = req.scope.resolve<ReviewCounter>(PRODUCT_REVIEW_MODULE)
  const [toPrepare, sales, expiring, [, reviewsPending]] = await Promise.all([
    countOrdersToPrepare(knex, producerId),
    producerSales(knex, producerId, thisMonth()),
    producerCertificates(req, producerId, EXPIRY_WARNING_DAYS),
    reviews.listAndCountProductReviews({ producer_id: producerId, status: "pending" }, { take: 1 }),
  ])
  res.json({
    orders_to_prepare: toPrepare,
    sales_this_month: { orders: sales.orders, revenue_vnd: sales.revenue_vnd, revenue_usd: sales.revenue_usd },
    certificates_expiring: expiring,
    reviews_pending: reviewsPending,
  })
}
