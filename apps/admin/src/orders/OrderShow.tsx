import { Alert, Box, Typography } from "@mui/material"
import {
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from "react-admin"
import { DateViField, formatDateSafe } from "../common/DateViField"
import { useDomainLocale } from "../common/domain-labels"
import { StatusChip } from "../common/StatusChip"
import { DeliveryField } from "./DeliveryField"
import { OrderLinesTable, OrderTitle } from "./OrderLinesTable"
import {
  ConfirmRefundButton,
  DeliveredButton,
  MarkPaidButton,
  PickedUpButton,
  ReadyForPickupButton,
} from "./OrderActions"
import { CancelOrderButton, ShipButton } from "./OrderDialogs"
import {
  FULFILLMENT_STATUS_COLORS,
  formatOrderMoney,
  liveFulfillments,
  ORDER_STATUS_COLORS,
  orderPayments,
  PAYMENT_STATUS_COLORS,
  pickupPlace,
  transferNote,
  VIETQR_PROVIDER,
  type OrderRecord,
} from "./order-model"

function OrderShowActions() {
  const { canAccess } = useCanAccess({ resource: "orders", action: "edit" })
  if (!canAccess) return <TopToolbar />
  return (
    <TopToolbar>
      <MarkPaidButton />
      <ReadyForPickupButton />
      <ShipButton />
      <PickedUpButton />
      <DeliveredButton />
      <CancelOrderButton />
      <ConfirmRefundButton />
    </TopToolbar>
  )
}

/** Order lines and totals, in the order's currency. */
function Lines() {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  const locale = useDomainLocale()
  if (!order) return null
  const money = (amount: unknown) => formatOrderMoney(amount, order.currency_code, locale)
  const totals: [string, unknown][] = [
    ["subtotal", order.subtotal],
    ["shipping_total", order.shipping_total],
    ["discount_total", order.discount_total],
    ["tax_total", order.tax_total],
  ]
  const sums = totals
    .filter(([key, amount]) => typeof amount === "number" && (amount !== 0 || key === "subtotal"))
    .map(([key, amount]) => ({ key, label: translate(`ocop.orders.lines.${key}`), amount: money(amount) }))
  return (
    <Labeled label="ocop.orders.lines.title">
      <OrderLinesTable items={order.items ?? []} money={money} sums={sums} total={money(order.total)} />
    </Labeled>
  )
}

/** The shipping address, or the showroom for a pickup order (its address is the showroom's). */
function Destination() {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  if (!order) return null
  const a = order.shipping_address ?? {}
  const name = [a.last_name, a.first_name].filter(Boolean).join(" ")
  const lines = [
    name,
    a.phone,
    [a.address_1, a.address_2].filter(Boolean).join(", "),
    [a.city, a.province].filter(Boolean).join(", "),
    a.country_code?.toUpperCase(),
  ]
  const place = pickupPlace(order)
  return (
    <Labeled label={place ? "ocop.orders.pickup_place" : "ocop.orders.shipping_address"}>
      <Box>
        {place ? (
          <Typography variant="body2" sx={{ fontWeight: "bold" }}>
            {place}
          </Typography>
        ) : null}
        {lines.filter(Boolean).map((line, i) => (
          <Typography key={i} variant="body2">
            {line}
          </Typography>
        ))}
        {place ? (
          <Typography variant="body2" color="text.secondary">
            {translate("ocop.orders.pickup_help")}
          </Typography>
        ) : null}
      </Box>
    </Labeled>
  )
}

/** Payments: provider, amount, captured or not; VietQR transfers carry the note to look for. */
function Payment() {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  const locale = useDomainLocale()
  const payments = orderPayments(order)
  if (!order || payments.length === 0) return null
  return (
    <Labeled label="ocop.orders.payment">
      <Box>
        {payments.map((p) => (
          <Typography key={p.id} variant="body2">
            {translate(`ocop.orders.payment_method.${p.provider_id === VIETQR_PROVIDER ? "vietqr" : "cod"}`)}
            {" — "}
            {formatOrderMoney(p.amount, order.currency_code, locale)}
            {" — "}
            {p.captured_at
              ? translate("ocop.orders.captured_on", { date: formatDateSafe(p.captured_at) })
              : translate(p.canceled_at ? "ocop.orders.payment_status.canceled" : "ocop.orders.not_captured")}
          </Typography>
        ))}
        {payments.some((p) => p.provider_id === VIETQR_PROVIDER && !p.captured_at && !p.canceled_at) ? (
          <Alert severity="info" sx={{ mt: 1, maxWidth: 760 }}>
            {translate("ocop.orders.vietqr_note", { note: transferNote(order) })}
          </Alert>
        ) : null}
      </Box>
    </Labeled>
  )
}

/** Fulfilments with their tracking numbers and dates. */
function Fulfilments() {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  const fulfillments = liveFulfillments(order)
  if (fulfillments.length === 0) return null
  return (
    <Labeled label="ocop.orders.fulfillments">
      <Box>
        {fulfillments.map((f) => (
          <Typography key={f.id} variant="body2">
            {[
              translate("ocop.orders.fulfilled_on", { date: formatDateSafe(f.created_at) }),
              f.labels
                ?.map((l) => l.tracking_number)
                .filter(Boolean)
                .join(", "),
              f.shipped_at ? translate("ocop.orders.shipped_on", { date: formatDateSafe(f.shipped_at) }) : "",
              f.delivered_at ? translate("ocop.orders.delivered_on", { date: formatDateSafe(f.delivered_at) }) : "",
            ]
              .filter(Boolean)
              .join(" — ")}
          </Typography>
        ))}
      </Box>
    </Labeled>
  )
}

function CancelReason() {
  const order = useRecordContext<OrderRecord>()
  if (order?.status !== "canceled" || !order.cancel_reason) return null
  return (
    <Labeled label="ocop.orders.actions.cancel_reason">
      <Typography variant="body2">{order.cancel_reason}</Typography>
    </Labeled>
  )
}

/** A refund owed to the buyer: "to be made" until staff confirm the transfer, then "made". */
function Refund() {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  const locale = useDomainLocale()
  if (!order?.refund) return null
  const amount = formatOrderMoney(order.refund.amount, order.refund.currency_code, locale)
  return (
    <Labeled label="ocop.orders.refund.label">
      <Typography variant="body2" color={order.refund.status === "to_make" ? "error" : undefined}>
        {translate(`ocop.orders.refund.${order.refund.status}`, { amount })}
      </Typography>
    </Labeled>
  )
}

/** How the buyer pays: VietQR transfer or cash. */
function PaymentMethod() {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  if (!order?.payment_method) return null
  return (
    <Labeled label="resources.orders.fields.payment_method">
      <Typography variant="body2">{translate(`ocop.orders.payment_method.${order.payment_method}`)}</Typography>
    </Labeled>
  )
}

/** One order: lines, totals, where it goes, how it is paid, and what staff can do next. */
export function OrderShow({ id }: { id?: string } = {}) {
  return (
    <Show id={id} actions={<OrderShowActions />} title={<OrderTitle />}>
      <SimpleShowLayout>
        <TextField source="display_id" />
        <DateViField source="created_at" />
        <TextField source="email" />
        <StatusChip source="status" i18nPrefix="ocop.orders.status." colors={ORDER_STATUS_COLORS} />
        <CancelReason />
        <Refund />
        <StatusChip source="payment_status" i18nPrefix="ocop.orders.payment_status." colors={PAYMENT_STATUS_COLORS} />
        <PaymentMethod />
        <StatusChip
          source="fulfillment_status"
          i18nPrefix="ocop.orders.fulfillment_status."
          colors={FULFILLMENT_STATUS_COLORS}
        />
        <DeliveryField source="shipping_methods" />
        <Lines />
        <Destination />
        <Payment />
        <Fulfilments />
      </SimpleShowLayout>
    </Show>
  )
}
