import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from "@mui/material"
import { formatDateVi, formatVnd, usdCentsText, type SalesReport, type SalesReportGroup } from "@ocop/domain"
import { useTranslate } from "react-admin"
import { hasUsd } from "./report-export"

/** A row's label as people read it: days dd/mm/yyyy, everything else as the API names it. */
export function rowLabel(groupBy: SalesReportGroup, label: string): string {
  return groupBy === "day" && /^\d{4}-\d{2}-\d{2}$/.test(label) ? formatDateVi(label) : label
}

/** The report's figures, a row per group and the totals row; also the chart's text alternative. */
export function ReportTable({
  report,
  groupBy,
  range,
}: {
  report: SalesReport
  groupBy: SalesReportGroup
  range: { from: string; to: string }
}) {
  const translate = useTranslate()
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.reports.${key}`, options)
  const usd = hasUsd(report)
  const group = t(`group.${groupBy}`)
  const figures = (f: SalesReport["totals"]) => (
    <>
      <TableCell align="right">{formatVnd(f.revenue)}</TableCell>
      {usd ? <TableCell align="right">{`$${usdCentsText(f.revenue_usd)}`}</TableCell> : null}
      <TableCell align="right">{f.orders.toLocaleString("vi-VN")}</TableCell>
      <TableCell align="right">{f.units.toLocaleString("vi-VN")}</TableCell>
    </>
  )
  return (
    <Table size="small" aria-label={t("title")} data-testid="report-table">
      <caption style={{ captionSide: "top", textAlign: "left" }}>
        {t("table_caption", { from: formatDateVi(range.from), to: formatDateVi(range.to), group: group.toLowerCase() })}
      </caption>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{group}</TableCell>
          <TableCell scope="col" align="right">
            {t("revenue")}
          </TableCell>
          {usd ? (
            <TableCell scope="col" align="right">
              {t("revenue_usd")}
            </TableCell>
          ) : null}
          <TableCell scope="col" align="right">
            {t("orders")}
          </TableCell>
          <TableCell scope="col" align="right">
            {t("units")}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.rows.map((row) => (
          <TableRow key={row.key} hover>
            <TableCell component="th" scope="row">
              {rowLabel(groupBy, row.label)}
            </TableCell>
            {figures(row)}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow data-testid="report-totals" sx={{ "& td, & th": { fontWeight: 700, color: "text.primary" } }}>
          <TableCell component="th" scope="row">
            {t("total")}
          </TableCell>
          {figures(report.totals)}
        </TableRow>
      </TableFooter>
    </Table>
  )
}
