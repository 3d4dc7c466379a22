import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { ProducerProductChange } from "@ocop/domain"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { changesOf, differingFields } from "../../../../workflows/product-review/changes"
import { editableFields } from "../../../../workflows/product-review/live-product"
import type { ProductChanges, ProductReviewRecord } from "../../../../workflows/product-review/types"
import { submitProductChangeWorkflow } from "../../../../workflows/product-review/workflows/submit-product-change"
import { sendInvalid, requestLocale } from "../../../utils/http"
import { foreignPictureErrors } from "../../file-urls"
import { currentProducer, currentProducerUser } from "../../scope"
import { productMessage, sendNotFound } from "../messages"
import { ownedProduct } from "../ownership"
import { sendSkuTaken } from "../sku-errors"
import { takenSkus } from "../submission"
import { producerProducts } from "../views"
import { productReviewLockKey } from "../../../../workflows/product-review/lock"

/** GET /producer/products/:id — one of the producer's products (404 for anyone else's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const live = await ownedProduct(req, req.params.id!)
  if (!live) return sendNotFound(req, res)
  const [product] = await producerProducts(req.scope, currentProducer(req).id, [live.id])
  res.json({ product })
}

type Outcome =
  | "not_found"
  | "no_changes"
  | "saved"
  | { foreign: Record<string, string> }
  // indexes of unknown variant ids and of taken SKUs in the sent variants
  | { unknown: number[]; taken: number[] }

/**
 * POST /producer/products/:id — stores the change as the product's pending review; the live product
 * stays as it is until an OCOP office member approves. A change laid over a pending one replaces
 * it (fields sent now win, fields sent before and not now are kept). A product not on sale yet is
 * reviewed as a whole (kind create): approving it publishes it.
 */
export async function POST(req: MedusaRequest<ProducerProductChange>, res: MedusaResponse) {
  const id = req.params.id!
  const outcome = await req.scope
    .resolve(Modules.LOCKING)
    .execute(productReviewLockKey(id), async (): Promise<Outcome> => {
      const live = await ownedProduct(req, id)
      if (!live) return "not_found"
      const sent = changesOf(req.validatedBody)
      const foreign = foreignPictureErrors(req, { images: sent.images }, live.images)
      if (Object.keys(foreign).length) return { foreign }
      const unknown = (sent.variants ?? []).flatMap((v, i) =>
        v.id && !live.variants.some((l) => l.id === v.id) ? [i] : [],
      )
      if (unknown.length) return { unknown, taken: [] }

      const reviews = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      // Only this producer's own pending change is laid over: one left by a previous producer is not its to extend.
      const [pending] = (await reviews.listProductReviews(
        { product_id: id, producer_id: currentProducer(req).id, status: "pending" },
        { take: 1 },
      )) as ProductReviewRecord[]
      const kind = pending?.kind ?? (live.status === "published" ? "update" : "create")
      const merged: ProductChanges = { ...(pending?.changes ?? {}), ...sent }
      const changes =
        kind === "create" ? { ...editableFields(live), ...merged } : differingFields(editableFields(live), merged)
      const empty = Object.keys(changes).length === 0
      if (empty && !pending) return "no_changes"

      const taken = await takenSkus(req.scope, changes.variants ?? [])
      if (taken.length) return { unknown: [], taken }
      await submitProductChangeWorkflow(req.scope).run({
        input: {
          product_id: id,
          producer_id: currentProducer(req).id,
          kind,
          changes: empty ? null : changes,
          submitted_by: currentProducerUser(req).id,
        },
      })
      return "saved"
    })

  if (outcome === "not_found") return sendNotFound(req, res)
  if (outcome === "no_changes") return sendInvalid(res, { "": productMessage(req, "no_changes") }, requestLocale(req))
  if (outcome === "saved") {
    const [product] = await producerProducts(req.scope, currentProducer(req).id, [id])
    return res.json({ product })
  }
  if ("foreign" in outcome) return sendInvalid(res, outcome.foreign, requestLocale(req))
  if (outcome.unknown.length) {
    const message = productMessage(req, "variant_not_found")
    return sendInvalid(
      res,
      Object.fromEntries(outcome.unknown.map((i) => [`variants.${i}.id`, message])),
      requestLocale(req),
    )
  }
  sendSkuTaken(req, res, outcome.taken)
}
