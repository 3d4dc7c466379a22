import { Alert, Box, Card, CardContent, Skeleton, Stack, Typography } from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useDataProvider, useRecordContext, useTranslate } from "react-admin"
import { formatUsdCents } from "../common/usd"
import { useLoaded } from "../common/use-loaded"
import type { OcopDataProvider } from "../providers/data-provider"
import type { SalesFigures } from "@ocop/domain"
import { SalesChart } from "./SalesChart"

const PERIODS = ["this_month", "this_year", "all_time"] as const

function PeriodCard({ period, figures }: { period: (typeof PERIODS)[number]; figures: SalesFigures }) {
  const translate = useTranslate()
  const t = (key: string) => translate(`ocop.producer_page.sales.${key}`)
  return (
    <Card variant="outlined" sx={{ flex: "1 1 200px" }} component="section" aria-label={t(period)}>
      <CardContent>
        <Typography variant="overline" component="h3">
          {t(period)}
        </Typography>
        <Typography variant="h5" component="p" sx={{ fontVariantNumeric: "tabular-nums" }}>
          {formatVnd(figures.revenue_vnd)}
        </Typography>
        {figures.revenue_usd > 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("ocop.producer_page.sales.revenue_usd", { amount: formatUsdCents(figures.revenue_usd) })}
          </Typography>
        ) : null}
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t("orders")}: <strong>{figures.orders}</strong> · {t("units")}: <strong>{figures.units}</strong>
        </Typography>
      </CardContent>
    </Card>
  )
}

/** Sales of the producer on screen: this month, this year, all time, and the last twelve months. */
export function ProducerSalesPanel() {
  const record = useRecordContext<{ id: string }>()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const translate = useTranslate()
  const id = record?.id
  const {
    data: sales,
    isPending,
    error,
  } = useLoaded(id ? () => dataProvider.getProducerSales(id).then((r) => r.data) : null, [dataProvider, id])
  const t = (key: string) => translate(`ocop.producer_page.sales.${key}`)
  if (error) return <Alert severity="error">{t("error")}</Alert>
  if (isPending || !sales)
    return <Skeleton variant="rectangular" height={240} aria-label={translate("ra.page.loading")} />
  return (
    <Stack spacing={2} sx={{ width: "100%" }}>
      <Typography variant="body2" color="text.secondary">
        {t("help")}
      </Typography>
      {sales.all_time.orders === 0 ? (
        <Typography role="status">{t("empty")}</Typography>
      ) : (
        <>
          <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
            {PERIODS.map((period) => (
              <PeriodCard key={period} period={period} figures={sales[period]} />
            ))}
          </Box>
          <Typography variant="h6" component="h3">
            {t("chart_title")}
          </Typography>
          <SalesChart months={sales.by_month} />
        </>
      )}
    </Stack>
  )
}
