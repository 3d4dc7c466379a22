import { combineDataProviders, type DataProvider } from "react-admin"
import { createMedusaDataProvider, type OcopDataProvider } from "./data-provider"
import type { HttpClientOptions } from "./http-client"
import { createProducerDataProvider, type ProducerActions } from "./producer-data-provider"
import { createProductReviewProvider, type ReviewActions } from "./product-reviews"
import { createReportActions, type ReportActions } from "../reports/reports-api"

export type ConsoleDataProviderOptions = HttpClientOptions

/** Everything the console's screens may call: staff CRUD and actions, the review queue, the producer API. */
export type ConsoleDataProvider = OcopDataProvider & ReviewActions & ProducerActions & ReportActions

/**
 * One data provider for both actors, combined with react-admin's `combineDataProviders`: `producer-*`
 * resources go to `/producer/*`, `product-reviews` to the review queue, the rest to Medusa's admin
 * API. Which resources a person can open is `authProvider.canAccess`'s business; the server scopes
 * and refuses the same. The actions that name no resource (decisions, producer dashboard) are
 * added beside the combined CRUD methods.
 */
export function createConsoleDataProvider(options: ConsoleDataProviderOptions): ConsoleDataProvider {
  const staff = createMedusaDataProvider(options)
  const producer = createProducerDataProvider(options)
  const queue = createProductReviewProvider(options)
  const reviews: DataProvider = { ...staff, ...queue }
  const crud = combineDataProviders((resource) => {
    if (resource.startsWith("producer-")) return producer
    return resource === "product-reviews" ? reviews : staff
  })
  const { approveReview, rejectReview } = queue
  const { getProducerDashboard, setProducerStock, uploadProducerImages, answerProducerEvent, declareBoothStock } =
    producer
  return {
    ...staff,
    ...crud,
    approveReview,
    rejectReview,
    getProducerDashboard,
    setProducerStock,
    uploadProducerImages,
    answerProducerEvent,
    declareBoothStock,
    ...createReportActions(options),
  }
}
