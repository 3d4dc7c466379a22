import { List, ListItem, ListItemText, Skeleton, Typography } from "@mui/material"
import { Button, useTranslate } from "react-admin"
import { ListCard } from "../../dashboard/Panel"
import type { ProducerDashboard } from "../../providers/producer-data-provider"

const t = (key: string) => `ocop.producer_console.dashboard.${key}`

/** The producer's goods on hand everywhere, and the variants running out, emptiest first. */
export function StockCard({ stock }: { stock: ProducerDashboard["stock"] | null | undefined }) {
  const translate = useTranslate()
  if (stock === undefined) return <Skeleton variant="rounded" height={120} aria-label={translate("ra.page.loading")} />
  if (stock === null) return null
  return (
    <ListCard title={t("stock")} action={<Button to="/producer-stock" label={t("open_stock")} />}>
      <Typography variant="h6" component="p">
        {translate(t("stock_summary"), { smart_count: stock.variants, units: stock.units.toLocaleString("vi-VN") })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(t("stock_help"))}
      </Typography>
      {stock.low.length === 0 ? (
        <Typography color="text.secondary">{translate(t("no_stock_low"))}</Typography>
      ) : (
        <List dense disablePadding>
          {stock.low.map((line) => (
            <ListItem key={line.variant_id} disableGutters>
              <ListItemText
                primary={
                  line.variant && line.variant !== line.product ? `${line.product} – ${line.variant}` : line.product
                }
                secondary={translate(t("stock_low_line"), { available: line.available })}
              />
            </ListItem>
          ))}
        </List>
      )}
    </ListCard>
  )
}
