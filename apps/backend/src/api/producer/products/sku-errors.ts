import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productMessage } from "./messages"

/** 409 naming each variant whose SKU is taken, like a field error. */
export function sendSkuTaken(req: MedusaRequest, res: MedusaResponse, indexes: number[]) {
  const message = productMessage(req, "sku_taken")
  res.status(409).json({
    type: "duplicate_error",
    message,
    errors: Object.fromEntries(indexes.map((i) => [`variants.${i}.sku`, message])),
  })
}
