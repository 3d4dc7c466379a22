import { Box, Tooltip, Typography } from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useTranslate } from "react-admin"
import { useDomainLocale } from "../common/domain-labels"
import type { ProducerSalesSummary as ProducerSales } from "@ocop/domain"

const BAR_AREA_PX = 160

/** "2025-03" → "03/2025", the way months are written next to dd/mm/yyyy dates. */
export function monthLabel(month: string): string {
  const [year, mm] = month.split("-")
  return `${mm}/${year}`
}

/**
 * Revenue (VND) of the last twelve months as bars: twelve bars need no chart library, and plain
 * boxes print, resize and read the same everywhere. Screen readers get one summary sentence; each
 * bar's tooltip gives its month, revenue and orders.
 */
export function SalesChart({ months }: { months: ProducerSales["by_month"] }) {
  const translate = useTranslate()
  const locale = useDomainLocale()
  const compact = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", {
    notation: "compact",
    maximumFractionDigits: 1,
  })
  const best = months.reduce((top, m) => (m.revenue_vnd > top.revenue_vnd ? m : top), months[0]!)
  if (!best || best.revenue_vnd === 0) {
    return <Typography color="text.secondary">{translate("ocop.producer_page.sales.chart_empty")}</Typography>
  }
  const summary = translate("ocop.producer_page.sales.chart_label", {
    from: monthLabel(months[0]!.month),
    to: monthLabel(months[months.length - 1]!.month),
    best: formatVnd(best.revenue_vnd),
    best_month: monthLabel(best.month),
  })
  return (
    <Box
      role="img"
      aria-label={summary}
      sx={{ display: "flex", alignItems: "flex-end", gap: 1, overflowX: "auto", pb: 1 }}
    >
      {months.map((m) => {
        const height = m.revenue_vnd > 0 ? Math.max(2, Math.round((m.revenue_vnd / best.revenue_vnd) * BAR_AREA_PX)) : 0
        const tip = translate("ocop.producer_page.sales.month_bar", {
          month: monthLabel(m.month),
          revenue: formatVnd(m.revenue_vnd),
          orders: m.orders,
        })
        return (
          <Tooltip key={m.month} title={tip}>
            <Box aria-hidden sx={{ flex: "1 0 48px", textAlign: "center" }}>
              <Typography variant="caption" sx={{ display: "block", minHeight: 20 }}>
                {m.revenue_vnd > 0 ? compact.format(m.revenue_vnd) : ""}
              </Typography>
              <Box sx={{ height: BAR_AREA_PX, display: "flex", alignItems: "flex-end", justifyContent: "center" }}>
                <Box sx={{ width: "70%", height, bgcolor: "primary.main", borderRadius: "4px 4px 0 0" }} />
              </Box>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "nowrap" }}>
                {monthLabel(m.month)}
              </Typography>
            </Box>
          </Tooltip>
        )
      })}
    </Box>
  )
}
