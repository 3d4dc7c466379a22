import ReceiptIcon from "@mui/icons-material/Receipt"
import { Datagrid, List, SelectInput, TextField, useTranslate } from "react-admin"
import { DateViField } from "../../common/DateViField"
import { StatusChip } from "../../common/StatusChip"
import { FULFILLMENT_STATUS_COLORS, PAYMENT_STATUS_COLORS } from "../../orders/order-model"
import { ProducerEmpty } from "../ProducerEmpty"
import { DeliveryPlace } from "./DeliveryPlace"
import { OrderTotalField } from "./OrderTotalField"
import { ORDER_STATUSES } from "@ocop/domain"

/** `to_prepare`: open orders with lines of the producer's still to fulfil (the server's filter). */
export const TO_PREPARE = { status: "to_prepare" }

/** Orders that hold the producer's products, newest first (the server's order). */
export function ProducerOrderList() {
  const translate = useTranslate()
  const statuses = [
    { id: TO_PREPARE.status, name: translate("ocop.producer_console.orders.to_prepare") },
    ...ORDER_STATUSES.map((id) => ({ id, name: translate(`ocop.orders.status.${id}`) })),
  ]
  const filters = [<SelectInput key="status" source="status" choices={statuses} alwaysOn />]
  return (
    <List
      filters={filters}
      actions={false}
      empty={<ProducerEmpty message="ocop.producer_console.orders.empty" icon={<ReceiptIcon />} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="display_id" sortable={false} />
        <DateViField source="created_at" sortable={false} />
        <TextField source="customer_name" sortable={false} emptyText="—" />
        <DeliveryPlace label="resources.producer-orders.fields.delivery" />
        <StatusChip
          source="payment_status"
          i18nPrefix="ocop.orders.payment_status."
          colors={PAYMENT_STATUS_COLORS}
          sortable={false}
        />
        <StatusChip
          source="fulfillment_status"
          i18nPrefix="ocop.orders.fulfillment_status."
          colors={FULFILLMENT_STATUS_COLORS}
          sortable={false}
        />
        <OrderTotalField label="resources.producer-orders.fields.total" />
      </Datagrid>
    </List>
  )
}
