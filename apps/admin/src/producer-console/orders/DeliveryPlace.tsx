import LocalShippingIcon from "@mui/icons-material/LocalShipping"
import StorefrontIcon from "@mui/icons-material/Storefront"
import { Stack, Typography } from "@mui/material"
import { useRecordContext, useTranslate } from "react-admin"
import type { ProducerOrderRecord } from "./producer-order"

/** Where the goods go: a pickup place (the showroom) or the buyer's delivery address. */
export function DeliveryPlace({ withAddress = false }: { label?: string; withAddress?: boolean }) {
  const order = useRecordContext<ProducerOrderRecord>()
  const translate = useTranslate()
  if (!order?.delivery) return null
  const { kind, place, address } = order.delivery
  const pickup = kind === "pickup"
  return (
    <Stack spacing={0.25}>
      <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: "center" }}>
        {pickup ? (
          <StorefrontIcon fontSize="small" color="action" />
        ) : (
          <LocalShippingIcon fontSize="small" color="action" />
        )}
        <Typography component="span" variant="body2">
          {translate(`ocop.producer_console.orders.delivery.${pickup ? "pickup" : "ship"}`)}
          {place ? `: ${place}` : ""}
        </Typography>
      </Stack>
      {withAddress && address ? (
        <Typography variant="body2" color="text.secondary">
          {address}
        </Typography>
      ) : null}
    </Stack>
  )
}
