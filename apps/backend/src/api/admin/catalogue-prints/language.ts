import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from "../../../workflows/catalogue/print/catalogue-pdf"
import { requestLocale, sendInvalid } from "../../utils/http"

const MESSAGE = { vi: "Ngôn ngữ phải là vi hoặc en", en: "Language must be vi or en" } as const

/** The catalogue's language from `value`, or a 400 naming the field (and undefined). */
export function catalogueLanguage(req: MedusaRequest, res: MedusaResponse, value: unknown) {
  if ((CATALOGUE_LANGUAGES as readonly unknown[]).includes(value)) return value as CatalogueLanguage
  sendInvalid(res, { language: MESSAGE[requestLocale(req)] }, requestLocale(req))
  return undefined
}

const NOT_YET = {
  vi: "Chưa có catalogue in bằng ngôn ngữ này",
  en: "No printed catalogue in this language yet",
} as const

/** Sends the latest catalogue's PDF, or 404 when none was generated in that language. */
export function sendCatalogueFile(
  req: MedusaRequest,
  res: MedusaResponse,
  language: CatalogueLanguage,
  file: { row: { created_at: Date | string }; bytes: Buffer } | null,
) {
  if (!file) return res.status(404).json({ type: "not_found", message: NOT_YET[requestLocale(req)] })
  const day = new Date(new Date(file.row.created_at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="catalogue-ocop-lao-cai-${language}-${day}.pdf"`)
  res.setHeader("cache-control", "no-cache")
  res.send(file.bytes)
}
