import { List, ListItem, ListItemText, Skeleton, Typography } from "@mui/material"
import { useTranslate } from "react-admin"
import { formatVndSafe } from "../../common/VndField"
import { MoneyBars } from "../../dashboard/charts"
import { ListCard } from "../../dashboard/Panel"
import type { ProducerDashboard } from "../../providers/producer-data-provider"

const t = (key: string) => `ocop.producer_console.dashboard.${key}`

/** "2026-12" as "12/2026", the way the console writes months. */
const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`

/** The producer's sales over twelve months as bars, and this month's best sellers. */
export function SalesByMonthCard({ dashboard }: { dashboard: ProducerDashboard | null | undefined }) {
  const translate = useTranslate()
  if (dashboard === undefined)
    return <Skeleton variant="rounded" height={240} aria-label={translate("ra.page.loading")} />
  if (dashboard === null || !dashboard.sales_by_month) return null
  const top = dashboard.top_products ?? []
  return (
    <>
      <ListCard title={t("sales_by_month")}>
        <MoneyBars
          label={translate(t("sales_by_month"))}
          data={dashboard.sales_by_month.map((m) => ({ month: monthLabel(m.month), revenue: m.revenue_vnd }))}
          x="month"
          series={[{ key: "revenue", label: translate(t("sales_this_month")) }]}
        />
      </ListCard>
      <ListCard title={t("top_products")}>
        {top.length === 0 ? (
          <Typography color="text.secondary">{translate(t("no_sales"))}</Typography>
        ) : (
          <List dense disablePadding>
            {top.map((p, i) => (
              <ListItem key={p.product_id} disableGutters>
                <ListItemText
                  primary={`${i + 1}. ${p.title}`}
                  secondary={`${formatVndSafe(p.revenue_vnd)} · ${translate("ocop.home.units_short", { units: p.units.toLocaleString("vi-VN") })}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </ListCard>
    </>
  )
}
