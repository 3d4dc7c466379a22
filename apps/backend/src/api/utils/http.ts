import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fieldErrors, type DomainLocale } from "@ocop/domain"
import type { z } from "zod"

/** The caller's language: English when Accept-Language starts with "en", Vietnamese otherwise. */
export function requestLocale(req: MedusaRequest): DomainLocale {
  const header = req.get("accept-language") ?? ""
  return header.trim().toLowerCase().startsWith("en") ? "en" : "vi"
}

const INVALID_MESSAGE: Record<DomainLocale, string> = {
  vi: "Dữ liệu không hợp lệ",
  en: "Invalid data",
}

/** Answers 400 with field errors in the shape every OCOP client reads: {type, message, errors}. */
export function sendInvalid(res: MedusaResponse, errors: Record<string, string>, locale: DomainLocale) {
  res.status(400).json({ type: "invalid_data", message: INVALID_MESSAGE[locale], errors })
}

/**
 * Validates the JSON body with a domain schema; on failure answers 400 with translated field
 * errors instead of Medusa's generic message, so forms can show each error next to its field.
 */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) return sendInvalid(res, fieldErrors(parsed.error, requestLocale(req)), requestLocale(req))
    req.validatedBody = parsed.data
    next()
  }
}

/** Validates the query string the same way; the parsed query is in req.validatedQuery. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) return sendInvalid(res, fieldErrors(parsed.error, requestLocale(req)), requestLocale(req))
    req.validatedQuery = parsed.data as MedusaRequest["validatedQuery"]
    next()
  }
}

const DUPLICATE_MESSAGES = {
  certificate_number: {
    vi: "Số giấy chứng nhận này đã được cấp cho một sản phẩm khác",
    en: "This certificate number is already registered",
  },
  handle: {
    vi: "Đường dẫn rút gọn này đã được dùng cho chủ thể khác",
    en: "This handle is already used by another producer",
  },
} as const

/** Answers 409 for a unique value that is taken, naming the field like a validation error does. */
export function sendDuplicate(res: MedusaResponse, field: keyof typeof DUPLICATE_MESSAGES, locale: DomainLocale) {
  const message = DUPLICATE_MESSAGES[field][locale]
  res.status(409).json({ type: "duplicate_error", message, errors: { [field]: message } })
}

const ROUTE_CLOSED: Record<DomainLocale, string> = {
  vi: "Chức năng này không mở cho bạn",
  en: "This function is not open to you",
}

/** Answers 403 for a route the caller's route table does not list (decision 015). */
export function sendRouteClosed(req: MedusaRequest, res: MedusaResponse) {
  res.status(403).json({ type: "not_allowed", message: ROUTE_CLOSED[requestLocale(req)] })
}
