import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerProductChange } from "@ocop/domain"
import { changesOf } from "../../../../workflows/product-review/changes"
import { submitProductChangeWorkflow } from "../../../../workflows/product-review/workflows/submit-product-change"
import { sendInvalid, requestLocale } from "../../../utils/http"
import { foreignPictureErrors, isUploadedFile } from "../../file-urls"
import { currentProducer, currentProducerUser } from "../../scope"
import { productMessage, sendNotFound } from "../messages"
import { ownedProduct } from "../ownership"
import { sendSkuTaken } from "../sku-errors"
import { producerProducts } from "../views"

/** GET /producer/products/:id — one of the producer's products (404 for anyone else's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const live = await ownedProduct(req, req.params.id!)
  if (!live) return sendNotFound(req, res)
  const [product] = await producerProducts(req.scope, currentProducer(req).id, [live.id])
  res.json({ product })
}

/**
 * POST /producer/products/:id — stores the change as the product's pending review; the live product
 * stays as it is until an OCOP office member approves. Checks, merge with a pending change and the
 * write run in one workflow under the product's review lock (submitProductChangeWorkflow).
 */
export async function POST(req: MedusaRequest<ProducerProductChange>, res: MedusaResponse) {
  const id = req.params.id!
  const sent = changesOf(req.validatedBody)
  const producerId = currentProducer(req).id
  const elsewhere = (sent.images ?? []).filter((url) => !isUploadedFile(url))
  const { result: plan } = await submitProductChangeWorkflow(req.scope).run({
    input: {
      product_id: id,
      producer_id: producerId,
      submitted_by: currentProducerUser(req).id,
      sent,
      images_from_elsewhere: elsewhere,
    },
  })
  const locale = requestLocale(req)
  switch (plan.refusal) {
    case null: {
      const [product] = await producerProducts(req.scope, producerId, [id])
      return res.json({ product })
    }
    case "not_found":
      return sendNotFound(req, res)
    case "no_changes":
      return sendInvalid(res, { "": productMessage(req, "no_changes") }, locale)
    case "foreign_images": {
      const kept = (sent.images ?? []).filter((url) => !plan.urls.includes(url))
      return sendInvalid(res, foreignPictureErrors(req, { images: sent.images }, kept), locale)
    }
    case "unknown_variants": {
      const message = productMessage(req, "variant_not_found")
      return sendInvalid(res, Object.fromEntries(plan.indexes.map((i) => [`variants.${i}.id`, message])), locale)
    }
    case "sku_taken":
      return sendSkuTaken(req, res, plan.indexes)
  }
}
