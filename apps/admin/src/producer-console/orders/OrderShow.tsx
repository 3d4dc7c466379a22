import { Alert } from "@mui/material"
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from "react-admin"
import { DateViField } from "../../common/DateViField"
import { useDomainLocale } from "../../common/domain-labels"
import { StatusChip } from "../../common/StatusChip"
import {
  formatOrderMoney,
  FULFILLMENT_STATUS_COLORS,
  ORDER_STATUS_COLORS,
  PAYMENT_STATUS_COLORS,
} from "../../orders/order-model"
import { OrderLinesTable, OrderTitle } from "../../orders/OrderLinesTable"
import { DeliveryPlace } from "./DeliveryPlace"
import { producerTotal, type ProducerOrderRecord } from "./producer-order"

/** The producer's lines of the order (the others are not its business, and the server leaves them out). */
function Lines() {
  const order = useRecordContext<ProducerOrderRecord>()
  const locale = useDomainLocale()
  if (!order) return null
  const money = (amount: unknown) => formatOrderMoney(amount, order.currency_code, locale)
  return (
    <Labeled label="ocop.producer_console.orders.lines">
      <OrderLinesTable items={order.items ?? []} money={money} total={producerTotal(order, locale)} />
    </Labeled>
  )
}

function OnlyYourLines() {
  const translate = useTranslate()
  return <Alert severity="info">{translate("ocop.producer_console.orders.lines_note")}</Alert>
}

/** One order as its producer sees it: its lines, where they go, and the order's states. Read only. */
export function ProducerOrderShow() {
  return (
    <Show title={<OrderTitle />} actions={false}>
      <SimpleShowLayout>
        <TextField source="display_id" />
        <DateViField source="created_at" />
        <TextField source="customer_name" emptyText="—" />
        <StatusChip source="status" i18nPrefix="ocop.orders.status." colors={ORDER_STATUS_COLORS} />
        <StatusChip source="payment_status" i18nPrefix="ocop.orders.payment_status." colors={PAYMENT_STATUS_COLORS} />
        <StatusChip
          source="fulfillment_status"
          i18nPrefix="ocop.orders.fulfillment_status."
          colors={FULFILLMENT_STATUS_COLORS}
        />
        <DeliveryPlace label="resources.producer-orders.fields.delivery" withAddress />
        <OnlyYourLines />
        <Lines />
      </SimpleShowLayout>
    </Show>
  )
}
