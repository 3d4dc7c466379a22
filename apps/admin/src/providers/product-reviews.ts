import type { DataProvider, Identifier, RaRecord } from "react-admin"
import { createHttpClient, listQuery, type HttpClientOptions } from "./http-client"

export type ProductReviewsOptions = HttpClientOptions

/** A producer's submitted change as staff review it (`GET /admin/product-reviews`). */
export interface ProductReviewRecord extends RaRecord {
  product_id: string | null
  product_title: string | null
  producer_id: string
  producer_name: string | null
  kind: "create" | "update"
  status: "pending" | "approved" | "rejected"
  /** The producer's version of the fields it changed. */
  changes: Record<string, unknown>
  /** The live version of those same fields (empty for a new product). */
  current: Record<string, unknown> | null
  comment: string | null
  submitted_by: string | null
  submitted_at: string
  reviewed_by: string | null
  reviewed_at: string | null
}

/** The review queue's decisions. */
export interface ReviewActions {
  approveReview(id: Identifier, comment?: string): Promise<{ data: ProductReviewRecord }>
  rejectReview(id: Identifier, comment: string): Promise<{ data: ProductReviewRecord }>
}

const REVIEWS = "/admin/product-reviews"

/**
 * The `product-reviews` resource (staff, area `register`). Kept apart from the generic Medusa
 * provider: the queue takes no sort, and its record key (`product_review`) is not the generic
 * singular of the resource name.
 */
export function createProductReviewProvider(
  options: ProductReviewsOptions,
): Pick<DataProvider, "getList" | "getOne" | "getMany"> & ReviewActions {
  const request = createHttpClient(options)
  const onePath = (id: Identifier) => `${REVIEWS}/${encodeURIComponent(String(id))}`
  const decide = async (id: Identifier, decision: "approve" | "reject", comment: string | undefined) => {
    const text = comment?.trim()
    const body = await request<{ product_review: ProductReviewRecord }>(`${onePath(id)}/${decision}`, {
      method: "POST",
      body: text ? { comment: text } : {},
    })
    return { data: body.product_review }
  }
  const getOne = async (id: Identifier) =>
    (await request<{ product_review: ProductReviewRecord }>(onePath(id))).product_review

  return {
    getList: async (_resource, params) => {
      // The queue takes no sort: only paging and filters are sent.
      const query = listQuery({ pagination: params.pagination, filter: params.filter })
      const body = await request<{ product_reviews?: ProductReviewRecord[]; count?: number }>(REVIEWS, { query })
      const rows = body.product_reviews ?? []
      return { data: rows as never[], total: body.count ?? rows.length }
    },
    getOne: async (_resource, params) => ({ data: (await getOne(params.id)) as never }),
    getMany: async (_resource, params) => ({ data: (await Promise.all(params.ids.map(getOne))) as never[] }),
    approveReview: (id, comment) => decide(id, "approve", comment),
    rejectReview: (id, comment) => {
      // The server refuses an empty reason too; refusing here saves the round trip.
      if (!comment.trim()) return Promise.reject(new Error("ocop.reviews.comment_required"))
      return decide(id, "reject", comment)
    },
  }
}
