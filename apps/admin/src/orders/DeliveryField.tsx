import StorefrontIcon from "@mui/icons-material/Storefront"
import LocalShippingIcon from "@mui/icons-material/LocalShipping"
import { Stack, Typography } from "@mui/material"
import { useRecordContext, type FieldProps } from "react-admin"
import { deliveryMethod, pickupPlace, type OrderRecord } from "./order-model"

/** "Nhận tại …" with a shop icon for pickup orders, the shipping option with a truck otherwise. */
export function DeliveryField(_props: FieldProps) {
  const order = useRecordContext<OrderRecord>()
  if (!order) return null
  const place = pickupPlace(order)
  const text = place ?? deliveryMethod(order)
  if (!text) return null
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: "center" }}>
      {place ? (
        <StorefrontIcon fontSize="small" color="action" />
      ) : (
        <LocalShippingIcon fontSize="small" color="action" />
      )}
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    </Stack>
  )
}
