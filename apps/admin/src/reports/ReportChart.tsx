import { Box } from "@mui/material"
import { formatVnd, type SalesReport, type SalesReportGroup } from "@ocop/domain"
import { useTranslate } from "react-admin"
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { isOverTime } from "./report-state"
import { rowLabel } from "./ReportTable"

/** Millions and thousands on an axis: "12 tr", "350 N", so the labels fit. */
function shortVnd(amount: number): string {
  const abs = Math.abs(amount)
  if (abs >= 1_000_000_000)
    return `${(amount / 1_000_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} tỷ`
  if (abs >= 1_000_000) return `${(amount / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} tr`
  if (abs >= 1_000) return `${(amount / 1_000).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} N`
  return String(amount)
}

/** Bars by group, best sellers first, at most this many: a longer tail is in the table. */
const MOST_BARS = 15

/**
 * Revenue in đồng as lines over time (day, week, month) or bars by group. The drawing is an image
 * to a screen reader: it is labelled with a summary, and the table below holds every figure.
 */
export function ReportChart({ report, groupBy }: { report: SalesReport; groupBy: SalesReportGroup }) {
  const translate = useTranslate()
  const overTime = isOverTime(groupBy)
  const data = (overTime ? report.rows : report.rows.slice(0, MOST_BARS)).map((r) => ({
    label: rowLabel(groupBy, r.label),
    revenue: r.revenue,
  }))
  const summary = translate("ocop.reports.chart_summary", {
    group: translate(`ocop.reports.group.${groupBy}`).toLowerCase(),
    count: report.rows.length,
    revenue: formatVnd(report.totals.revenue),
  })
  const revenueName = translate("ocop.reports.revenue")
  const tooltip = <Tooltip formatter={(value) => [formatVnd(Number(value)), revenueName]} />
  return (
    <Box role="img" aria-label={summary} data-testid="report-chart" sx={{ width: "100%", height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        {overTime ? (
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={shortVnd} width={72} />
            {tooltip}
            <Line type="monotone" dataKey="revenue" name={revenueName} stroke="#2e7d32" strokeWidth={2} dot={false} />
          </LineChart>
        ) : (
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={shortVnd} />
            <YAxis type="category" dataKey="label" width={200} />
            {tooltip}
            <Bar dataKey="revenue" name={revenueName} fill="#2e7d32" />
          </BarChart>
        )}
      </ResponsiveContainer>
    </Box>
  )
}
