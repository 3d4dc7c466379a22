import AssignmentIcon from "@mui/icons-material/Assignment"
import InventoryIcon from "@mui/icons-material/Inventory2"
import PointOfSaleIcon from "@mui/icons-material/PointOfSale"
import StorefrontIcon from "@mui/icons-material/Storefront"
import { List, ListItem, ListItemText, Stack, Typography } from "@mui/material"
import type { DashboardOperations } from "@ocop/domain"
import { Button, useTranslate } from "react-admin"
import { FigureCard } from "../common/FigureCard"
import { ListCard, Panel } from "./Panel"

const t = (key: string) => `ocop.home.${key}`
const ordersWith = (filter: object) => `/orders?filter=${encodeURIComponent(JSON.stringify(filter))}`

/** What waits for trade promotion: online orders, pickups, open registers, shelves running out. */
export function OperationsPanel({ operations }: { operations: DashboardOperations }) {
  const translate = useTranslate()
  const count = (n: number) => n.toLocaleString("vi-VN")
  return (
    <Panel title={t("operations_title")}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <FigureCard
          title={t("orders_to_handle")}
          icon={<AssignmentIcon />}
          figure={count(operations.orders_to_handle)}
          to={ordersWith({ status: "pending" })}
          linkLabel="ocop.dashboard.open_list"
        />
        <FigureCard
          title={t("pickups_waiting")}
          icon={<StorefrontIcon />}
          figure={count(operations.pickups_waiting)}
          to={ordersWith({ status: "pending", delivery: "pickup" })}
          linkLabel="ocop.dashboard.open_list"
        />
        <FigureCard
          title={t("registers_open")}
          icon={<PointOfSaleIcon />}
          figure={count(operations.registers_open)}
          to="/points-of-sale"
          linkLabel={t("open_places")}
        />
      </Stack>
      <ListCard title={t("low_stock")} action={<Button to="/points-of-sale" label={t("open_places")} />}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <InventoryIcon color={operations.low_stock_count ? "warning" : "disabled"} aria-hidden />
          <Typography variant="h5" component="p">
            {count(operations.low_stock_count)}
          </Typography>
        </Stack>
        {operations.low_stock.length === 0 ? (
          <Typography color="text.secondary">{translate(t("no_low_stock"))}</Typography>
        ) : (
          <List dense disablePadding>
            {operations.low_stock.map((line) => (
              <ListItem key={`${line.place_id}-${line.product_id}-${line.variant ?? ""}`} disableGutters>
                <ListItemText
                  primary={
                    line.variant && line.variant !== line.product ? `${line.product} – ${line.variant}` : line.product
                  }
                  secondary={translate(t("low_stock_line"), {
                    place: line.place,
                    available: line.available,
                    threshold: line.threshold,
                  })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </ListCard>
    </Panel>
  )
}
