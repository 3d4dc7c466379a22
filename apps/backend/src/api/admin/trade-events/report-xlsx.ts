import ExcelJS from "exceljs"
import { EVENT_KIND_NAMES, EVENT_STATUS_NAMES, type EventKind, type EventStatus } from "@ocop/domain"
import type { EventReport } from "./report"
import { budgetLineName, REPORT_LABELS as L, reportDays, shareText, STOCK_COLUMNS } from "./report-labels"

/** Whole đồng with thousands separators; Excel keeps the number, only its display is formatted. */
const DONG = "#,##0"

/**
 * The event report as an XLSX workbook for the province, drawn from the same `EventReport` as the
 * page and the PDF: a summary sheet, then one sheet per table with a total row. Amounts are numbers
 * in whole đồng (not text), so whoever receives the file can add them up again.
 */
export async function eventReportXlsx(report: EventReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = "OCOP Lào Cai"
  wb.title = `${L.title} ${report.event.name}`
  const e = report.event

  const sheet = (name: string, columns: { header: string; width: number; money?: boolean }[]) => {
    const ws = wb.addWorksheet(name)
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.money ? { numFmt: DONG } : {} }))
    ws.getRow(1).font = { bold: true }
    ws.views = [{ state: "frozen", ySplit: 1 }]
    return ws
  }
  const totalRow = (ws: ExcelJS.Worksheet, values: (string | number | null)[]) => {
    ws.addRow(values).font = { bold: true }
  }

  const summary = sheet(L.summary, [
    { header: L.item, width: 34 },
    { header: L.value, width: 48 },
  ])
  const facts: [string, string | number, boolean?][] = [
    [L.event, e.name],
    [L.kind, EVENT_KIND_NAMES[e.kind as EventKind]?.vi ?? e.kind],
    [L.venue, [e.address, e.province].filter(Boolean).join(", ")],
    [L.days, reportDays(e)],
    [L.organiser, e.organiser ?? "—"],
    [L.status, EVENT_STATUS_NAMES[e.status as EventStatus]?.vi ?? e.status],
    [L.revenue, report.revenue.total, true],
    [L.target, report.revenue.target, true],
    [L.share, shareText(report.revenue.share_of_target)],
    [L.orders, report.revenue.orders],
    [L.budgetTotal, report.budget.budget_total, true],
    [L.spentTotal, report.budget.spent_total, true],
    [L.leadsTotal, sum(report.leads_by_producer.map((l) => l.count))],
  ]
  for (const [label, value, money] of facts) {
    const row = summary.addRow([label, value])
    if (money) row.getCell(2).numFmt = DONG
  }
  if (e.sample_data) summary.addRow([L.sampleData, L.sampleDataNote])

  const producers = sheet(L.byProducer, [
    { header: L.producer, width: 40 },
    { header: L.units, width: 12 },
    { header: L.revenueDong, width: 20, money: true },
  ])
  for (const p of report.by_producer) producers.addRow([p.producer_name ?? L.noProducer, p.units, p.revenue])
  totalRow(producers, [L.total, sum(report.by_producer.map((p) => p.units)), report.revenue.total])
  totalRow(producers, [L.target, null, report.revenue.target])

  const products = sheet(L.byProduct, [
    { header: L.product, width: 40 },
    { header: L.producer, width: 32 },
    { header: L.units, width: 12 },
    { header: L.revenueDong, width: 20, money: true },
  ])
  for (const p of report.by_product) products.addRow([p.title, p.producer_name ?? L.noProducer, p.units, p.revenue])
  totalRow(products, [L.total, null, sum(report.by_product.map((p) => p.units)), report.revenue.total])

  const budget = sheet(L.budget, [
    { header: L.budgetLine, width: 32 },
    { header: L.budgetDong, width: 20, money: true },
    { header: L.spentDong, width: 20, money: true },
    { header: L.leftDong, width: 20, money: true },
  ])
  for (const b of report.budget.budget_lines) budget.addRow([budgetLineName(b), b.amount, b.spent, b.amount - b.spent])
  totalRow(budget, [
    L.total,
    report.budget.budget_total,
    report.budget.spent_total,
    report.budget.budget_total - report.budget.spent_total,
  ])

  const leads = sheet(L.leads, [
    { header: L.producer, width: 40 },
    { header: L.leadCount, width: 22 },
  ])
  for (const l of report.leads_by_producer) leads.addRow([l.producer_name ?? l.producer_id, l.count])
  totalRow(leads, [L.total, sum(report.leads_by_producer.map((l) => l.count))])

  const stock = sheet(L.stock, [
    { header: L.product, width: 40 },
    ...STOCK_COLUMNS.map(([, header]) => ({ header, width: 14 })),
  ])
  for (const s of report.stock) stock.addRow([s.title, ...STOCK_COLUMNS.map(([key]) => s[key])])
  totalRow(stock, [L.total, ...STOCK_COLUMNS.map(([key]) => sum(report.stock.map((s) => s[key])))])
  stock.addRow([])
  stock.addRow([L.stockRule])

  return Buffer.from(await wb.xlsx.writeBuffer())
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
