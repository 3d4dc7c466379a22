import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productFieldErrors, productMessage, type ProductErrorCode } from "@ocop/domain"
import type { z } from "zod"
import { requestLocale } from "../../utils/http"

const INVALID = { vi: "Dữ liệu không hợp lệ", en: "Invalid data" } as const

/**
 * validateBody for product routes: the same 400 shape, but the product codes of @ocop/domain
 * (USD prices, repeated packaging or SKU…) are translated too.
 */
export function validateProductBody(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    const locale = requestLocale(req)
    if (!parsed.success)
      return res
        .status(400)
        .json({ type: "invalid_data", message: INVALID[locale], errors: productFieldErrors(parsed.error, locale) })
    req.validatedBody = parsed.data
    next()
  }
}

/**
 * Answers a refusal found after validation (an unknown variant, a SKU taken by another product):
 * 409 when a value is taken, 400 otherwise; the message is the first field's.
 */
export function sendProductErrors(req: MedusaRequest, res: MedusaResponse, codes: Record<string, ProductErrorCode>) {
  const locale = requestLocale(req)
  const errors = Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, productMessage(code, locale)]))
  const taken = Object.values(codes).some((code) => code.endsWith("_taken"))
  res.status(taken ? 409 : 400).json({
    type: taken ? "duplicate_error" : "invalid_data",
    message: taken ? Object.values(errors)[0] : INVALID[locale],
    errors,
  })
}
