import { EVENT_KIND_NAMES, EVENT_STATUS_NAMES, type EventKind, type EventStatus } from "@ocop/domain"
import { pdfDocument, vnd, vnDateTime } from "../../../workflows/point-of-sale/pdf/pdf-doc"
import type { EventReport } from "./report"
import { budgetLineName, REPORT_LABELS as L, reportDays, shareText, STOCK_COLUMNS } from "./report-labels"

const MARGIN = 40
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/**
 * The event report as an A4 PDF to send to the province, drawn from the same `EventReport` as the
 * page and the XLSX: the event, revenue against target, revenue by producer and by product,
 * spending by line against the budget, leads by producer, and the booth's stock reconciliation
 * with its difference shown.
 */
export function eventReportPdf(report: EventReport, now = new Date()): Promise<Buffer> {
  const e = report.event
  return pdfDocument({ size: "A4", margin: MARGIN, info: { Title: `${L.title} — ${e.name}` } }, (doc) => {
    const bottom = () => doc.page.height - MARGIN - 24
    /** One table row; the first `textColumns` cells left, figures right; a new page when it would not fit. */
    const row = (cells: string[], widths: number[], bold = false, textColumns = 1) => {
      if (doc.y > bottom()) doc.addPage()
      doc.font(bold ? "bold" : "regular")
      const top = doc.y
      let x = MARGIN
      let lowest = top
      cells.forEach((c, i) => {
        doc.text(c, x, top, { width: widths[i]! - 6, align: i < textColumns ? "left" : "right" })
        lowest = Math.max(lowest, doc.y)
        x += widths[i]!
      })
      doc.x = MARGIN
      doc.y = lowest + 2
    }
    const heading = (text: string) => {
      if (doc.y > bottom() - 40) doc.addPage()
      doc.moveDown(0.8).fontSize(12).font("bold").text(text, MARGIN).moveDown(0.3).fontSize(9)
    }

    doc.fontSize(15).font("bold").text(L.title.toUpperCase(), { align: "center" })
    doc.fontSize(12).text(e.name, { align: "center" }).moveDown(0.5)
    doc.fontSize(9).font("regular")
    if (e.sample_data) doc.font("bold").text(`${L.sampleData}: ${L.sampleDataNote}`).font("regular")
    const w2 = [170, 345]
    for (const [label, value] of [
      [L.kind, EVENT_KIND_NAMES[e.kind as EventKind]?.vi ?? e.kind],
      [L.venue, [e.address, e.province].filter(Boolean).join(", ")],
      [L.days, reportDays(e)],
      [L.organiser, e.organiser ?? "—"],
      [L.status, EVENT_STATUS_NAMES[e.status as EventStatus]?.vi ?? e.status],
      [L.generatedAt, vnDateTime(now)],
    ]) {
      row([label!, value!], w2, false, 2)
    }

    heading(L.summary)
    const w3 = [215, 150, 150]
    row([L.revenue, vnd(report.revenue.total), ""], w3, true)
    row([L.target, vnd(report.revenue.target), shareText(report.revenue.share_of_target)], w3)
    row([L.orders, String(report.revenue.orders), ""], w3)
    row([L.budgetTotal, vnd(report.budget.budget_total), ""], w3)
    row([L.spentTotal, vnd(report.budget.spent_total), ""], w3)
    row([L.leadsTotal, String(sum(report.leads_by_producer.map((l) => l.count))), ""], w3)

    heading(L.byProducer)
    row([L.producer, L.units, L.revenueDong], w3, true)
    for (const p of report.by_producer) row([p.producer_name ?? L.noProducer, String(p.units), vnd(p.revenue)], w3)
    row([L.total, String(sum(report.by_producer.map((p) => p.units))), vnd(report.revenue.total)], w3, true)

    heading(L.byProduct)
    const w4 = [195, 160, 60, 100]
    row([L.product, L.producer, L.units, L.revenueDong], w4, true, 2)
    for (const p of report.by_product)
      row([p.title, p.producer_name ?? L.noProducer, String(p.units), vnd(p.revenue)], w4, false, 2)
    row([L.total, "", String(sum(report.by_product.map((p) => p.units))), vnd(report.revenue.total)], w4, true, 2)

    heading(L.budget)
    const wb = [175, 115, 115, 110]
    row([L.budgetLine, L.budgetDong, L.spentDong, L.leftDong], wb, true)
    for (const b of report.budget.budget_lines)
      row([budgetLineName(b), vnd(b.amount), vnd(b.spent), vnd(b.amount - b.spent)], wb)
    const { budget_total: planned, spent_total: spent } = report.budget
    row([L.total, vnd(planned), vnd(spent), vnd(planned - spent)], wb, true)

    heading(L.leads)
    const wl = [365, 150]
    row([L.producer, L.leadCount], wl, true)
    for (const l of report.leads_by_producer) row([l.producer_name ?? l.producer_id, String(l.count)], wl)
    row([L.total, String(sum(report.leads_by_producer.map((l) => l.count)))], wl, true)

    heading(L.stock)
    doc.fontSize(8)
    const ws = [515 - STOCK_COLUMNS.length * 50, ...STOCK_COLUMNS.map(() => 50)]
    row([L.product, ...STOCK_COLUMNS.map(([, header]) => header)], ws, true)
    for (const s of report.stock) row([s.title, ...STOCK_COLUMNS.map(([key]) => String(s[key]))], ws)
    row([L.total, ...STOCK_COLUMNS.map(([key]) => String(sum(report.stock.map((s) => s[key]))))], ws, true)
    doc.moveDown(0.5).font("regular").text(L.stockRule, MARGIN)
  })
}
