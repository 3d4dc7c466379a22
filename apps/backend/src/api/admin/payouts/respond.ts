import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutQuerySchema, fieldErrors, type PayoutStatement } from "@ocop/domain"
import { payoutStatement } from "../../../workflows/payout/statement"
import { statementPdf } from "../../../workflows/payout/statement-pdf"
import { statementXlsx } from "../../../workflows/payout/statement-xlsx"
import { requestLocale, sendInvalid } from "../../utils/http"

const NOT_FOUND = { vi: "Không tìm thấy chủ thể", en: "Producer not found" } as const

/**
 * Answers a producer's payout statement for `?from&to` as JSON, XLSX or PDF: the admin routes (any
 * producer) and the producer's own (its producer only) share it, so both see the same figures.
 */
export async function sendStatement(
  req: MedusaRequest,
  res: MedusaResponse,
  producerId: string,
  format: "json" | "xlsx" | "pdf",
) {
  const parsed = payoutQuerySchema.safeParse(req.query ?? {})
  const locale = requestLocale(req)
  if (!parsed.success) return sendInvalid(res, fieldErrors(parsed.error, locale), locale)
  const statement: PayoutStatement | null = await payoutStatement(req.scope, producerId, parsed.data)
  if (!statement) return res.status(404).json({ type: "not_found", message: NOT_FOUND[locale] })
  if (format === "json") return res.json({ statement })
  const name = `bang-ke-thanh-toan-${statement.producer.id}-${statement.from}-${statement.to}`
  if (format === "xlsx") {
    res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    res.setHeader("content-disposition", `attachment; filename="${name}.xlsx"`)
    return res.send(await statementXlsx(statement))
  }
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="${name}.pdf"`)
  return res.send(await statementPdf(statement))
}
