import type { DataProvider } from "react-admin"
import { createMedusaDataProvider, type OcopDataProvider } from "./data-provider"
import type { HttpClientOptions } from "./http-client"
import { createProducerDataProvider, type ProducerActions } from "./producer-data-provider"
import { createProductReviewProvider, type ReviewActions } from "./product-reviews"

export type ConsoleDataProviderOptions = HttpClientOptions

/** Everything the console's screens may call: staff CRUD and actions, the review queue, the producer API. */
export type ConsoleDataProvider = OcopDataProvider & ReviewActions & ProducerActions

const isProducerResource = (resource: string) => resource.startsWith("producer-")

/**
 * One data provider for both actors, routed by resource: `producer-*` resources go to `/producer/*`,
 * `product-reviews` to the review queue, the rest to Medusa's admin API. Which resources a person
 * can open is the guards' business (auth/guarded.tsx); the server scopes and refuses the same.
 */
export function createConsoleDataProvider(options: ConsoleDataProviderOptions): ConsoleDataProvider {
  const staff = createMedusaDataProvider(options)
  const producer = createProducerDataProvider(options)
  const reviews = createProductReviewProvider(options)
  const pick = (resource: string): DataProvider => {
    if (isProducerResource(resource)) return producer
    if (resource === "product-reviews") return { ...staff, ...reviews }
    return staff
  }
  return {
    ...staff,
    getList: (resource, params) => pick(resource).getList(resource, params),
    getOne: (resource, params) => pick(resource).getOne(resource, params),
    getMany: (resource, params) => pick(resource).getMany(resource, params),
    getManyReference: (resource, params) => pick(resource).getManyReference(resource, params),
    create: (resource, params) => pick(resource).create(resource, params),
    update: (resource, params) => pick(resource).update(resource, params),
    updateMany: (resource, params) => pick(resource).updateMany(resource, params),
    delete: (resource, params) => pick(resource).delete(resource, params),
    deleteMany: (resource, params) => pick(resource).deleteMany(resource, params),
    approveReview: reviews.approveReview,
    rejectReview: reviews.rejectReview,
    getProducerDashboard: producer.getProducerDashboard,
    setProducerStock: producer.setProducerStock,
    uploadProducerImages: producer.uploadProducerImages,
  }
}
