import PaymentsIcon from "@mui/icons-material/Payments"
import TodayIcon from "@mui/icons-material/Today"
import {
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material"
import type { DashboardSales, SalesReportFigures } from "@ocop/domain"
import { Button, useTranslate } from "react-admin"
import { FigureCard } from "../common/FigureCard"
import { formatUsdCents } from "../common/usd"
import { formatVndSafe } from "../common/VndField"
import { REPORTS_PATH } from "../reports"
import { MoneyBars } from "./charts"
import { ListCard, Panel } from "./Panel"

const t = (key: string) => `ocop.home.${key}`

/** Orders and units under a revenue figure, and the dollar orders apart (decision 029 does not convert them). */
function Detail({ figures }: { figures: SalesReportFigures }) {
  const translate = useTranslate()
  return (
    <>
      {translate(t("orders_count"), { smart_count: figures.orders, units: figures.units.toLocaleString("vi-VN") })}
      {figures.revenue_usd ? ` ${translate(t("usd_apart"), { amount: formatUsdCents(figures.revenue_usd) })}` : ""}
    </>
  )
}

/**
 * Today's and this month's sales, by channel (online, each showroom, each event) as a chart and a
 * table, the month day by day, and the best sellers — the sales report's figures.
 */
export function SalesPanel({ sales, from, to }: { sales: DashboardSales; from: string; to: string }) {
  const translate = useTranslate()
  // The same month in the reports screen, by channel: the figures there are these.
  const report = `${REPORTS_PATH}?${new URLSearchParams({ from, to, group_by: "sales_channel" }).toString()}`
  const quiet = sales.month.orders === 0 && sales.month.units === 0
  // The online row is the shop, named in the console's language; places and events by their names.
  const channelLabel = (c: DashboardSales["channels"][number]) =>
    c.kind === "online" ? translate(t("kind.online")) : `${c.label} (${translate(t(`kind.${c.kind}`))})`
  return (
    <Panel title={t("sales_title")} help={t("sales_help")}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <FigureCard
          title={t("today")}
          icon={<TodayIcon />}
          figure={formatVndSafe(sales.today.revenue)}
          detail={<Detail figures={sales.today} />}
        />
        <FigureCard
          title={t("month")}
          icon={<PaymentsIcon />}
          figure={formatVndSafe(sales.month.revenue)}
          detail={<Detail figures={sales.month} />}
          to={report}
          linkLabel={t("open_report")}
        />
      </Stack>
      {quiet ? (
        <Typography color="text.secondary" role="status">
          {translate(t("no_sales"))}
        </Typography>
      ) : (
        <>
          <Stack direction={{ xs: "column", lg: "row" }} spacing={2}>
            <ListCard title={t("by_channel")}>
              <MoneyBars
                label={translate(t("by_channel"))}
                data={sales.channels.map((c) => ({
                  name: c.kind === "online" ? channelLabel(c) : c.label,
                  month: c.month.revenue,
                }))}
                x="name"
                series={[{ key: "month", label: translate(t("month_short")) }]}
              />
              <Table size="small" aria-label={translate(t("by_channel"))}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate(t("channel"))}</TableCell>
                    <TableCell align="right">{translate(t("today_short"))}</TableCell>
                    <TableCell align="right">{translate(t("month_short"))}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sales.channels.map((c) => (
                    <TableRow key={c.key}>
                      <TableCell>{channelLabel(c)}</TableCell>
                      <TableCell align="right">{formatVndSafe(c.today.revenue)}</TableCell>
                      <TableCell align="right">{formatVndSafe(c.month.revenue)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ListCard>
            <ListCard title={t("by_day")}>
              <MoneyBars
                label={translate(t("by_day"))}
                data={sales.days}
                x="day"
                tick={(day) => day.slice(8)}
                series={[{ key: "revenue", label: translate(t("revenue")) }]}
                height={300}
              />
            </ListCard>
          </Stack>
          <ListCard title={t("top_products")}>
            <List dense disablePadding>
              {sales.top_products.map((p, i) => (
                <ListItem key={p.key} disableGutters>
                  <ListItemText
                    primary={`${i + 1}. ${p.label}`}
                    secondary={`${formatVndSafe(p.revenue)} · ${translate(t("units_short"), { units: p.units.toLocaleString("vi-VN") })}`}
                  />
                </ListItem>
              ))}
            </List>
          </ListCard>
        </>
      )}
    </Panel>
  )
}
