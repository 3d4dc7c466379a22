import ReceiptLongIcon from "@mui/icons-material/ReceiptLong"
import { Stack, Typography } from "@mui/material"
import {
  Datagrid,
  downloadCSV,
  List,
  SearchInput,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
  type Exporter,
  type TranslateFunction,
} from "react-admin"
import { toCsv, type CsvColumn } from "../common/csv-export"
import { DateViField } from "../common/DateViField"
import { DateViInput } from "../common/DateViInput"
import { EmptyState } from "../common/EmptyState"
import { ListActions } from "../common/ListActions"
import { StatusChip } from "../common/StatusChip"
import { DeliveryField } from "./DeliveryField"
import { MoneyField } from "./MoneyField"
import {
  deliveryMethod,
  DELIVERY_KINDS,
  FULFILLMENT_FILTERS,
  FULFILLMENT_STATUS_COLORS,
  ORDER_STATUS_COLORS,
  ORDER_STATUSES,
  PAYMENT_FILTERS,
  PAYMENT_METHODS,
  PAYMENT_STATUS_COLORS,
  PICKUP_POINTS,
  pickupPlace,
  type OrderRecord,
} from "./order-model"

/** CSV columns: dates dd/mm/yyyy, amounts as numbers with their currency, codes translated. */
export function orderCsvColumns(translate: TranslateFunction): CsvColumn<OrderRecord>[] {
  const label = (prefix: string, code?: string | null) => (code ? translate(`${prefix}${code}`, { _: code }) : "")
  const field = (name: string) => translate(`resources.orders.fields.${name}`)
  return [
    { header: field("display_id"), value: (o) => o.display_id },
    { header: field("created_at"), value: (o) => o.created_at },
    { header: field("customer_name"), value: (o) => o.customer_name },
    { header: field("email"), value: (o) => o.email },
    { header: field("phone"), value: (o) => o.phone },
    { header: field("total"), value: (o) => o.total },
    { header: field("currency_code"), value: (o) => (o.currency_code ?? "").toUpperCase() },
    { header: field("status"), value: (o) => label("ocop.orders.status.", o.status) },
    { header: field("payment_status"), value: (o) => label("ocop.orders.payment_status.", o.payment_status) },
    { header: field("payment_method"), value: (o) => label("ocop.orders.payment_method.", o.payment_method) },
    {
      header: field("fulfillment_status"),
      value: (o) => label("ocop.orders.fulfillment_status.", o.fulfillment_status),
    },
    { header: field("shipping_methods"), value: (o) => pickupPlace(o) ?? deliveryMethod(o) },
    { header: field("cancel_reason"), value: (o) => o.cancel_reason },
  ]
}

function useExporter(): Exporter {
  const translate = useTranslate()
  return (records) => downloadCSV(toCsv(records as OrderRecord[], orderCsvColumns(translate), translate), "don-hang")
}

/** The buyer: name, with the email under it. */
function CustomerField(_props: { label?: string; sortable?: boolean }) {
  const order = useRecordContext<OrderRecord>()
  if (!order) return null
  return (
    <Stack component="span">
      <Typography component="span" variant="body2">
        {order.customer_name ?? order.email ?? ""}
      </Typography>
      {order.customer_name && order.email ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {order.email}
        </Typography>
      ) : null}
    </Stack>
  )
}

/** Payment: its state as a chip, and how the buyer pays. */
function PaymentField(_props: { label?: string; sortable?: boolean }) {
  const order = useRecordContext<OrderRecord>()
  const translate = useTranslate()
  if (!order) return null
  return (
    <Stack component="span" spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <StatusChip source="payment_status" i18nPrefix="ocop.orders.payment_status." colors={PAYMENT_STATUS_COLORS} />
      {order.payment_method ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {translate(`ocop.orders.payment_method.${order.payment_method}`)}
        </Typography>
      ) : null}
    </Stack>
  )
}

function useFilters() {
  const translate = useTranslate()
  const choices = (prefix: string, codes: readonly string[]) =>
    codes.map((id) => ({ id, name: translate(`${prefix}${id}`) }))
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="pickup_point"
      source="pickup_point"
      choices={choices("ocop.orders.pickup_points.", PICKUP_POINTS)}
      alwaysOn
    />,
    <SelectInput
      key="payment_status"
      source="payment_status"
      choices={choices("ocop.orders.payment_filter.", PAYMENT_FILTERS)}
      alwaysOn
    />,
    <SelectInput
      key="payment_method"
      source="payment_method"
      choices={choices("ocop.orders.payment_method.", PAYMENT_METHODS)}
    />,
    <SelectInput key="status" source="status" choices={choices("ocop.orders.status.", ORDER_STATUSES)} />,
    <SelectInput key="delivery" source="delivery" choices={choices("ocop.orders.delivery.", DELIVERY_KINDS)} />,
    <SelectInput
      key="fulfillment_status"
      source="fulfillment_status"
      choices={choices("ocop.orders.fulfillment_status.", FULFILLMENT_FILTERS)}
    />,
    <DateViInput key="from" source="created_from" />,
    <DateViInput key="to" source="created_to" />,
  ]
}

/**
 * Orders from the storefront, newest first: filters by showroom, payment, method, status, delivery
 * and order date (Vietnam days); search by number, name, phone or email; CSV export.
 */
export function OrderList() {
  return (
    <List
      filters={useFilters()}
      sort={{ field: "created_at", order: "DESC" }}
      actions={<ListActions filterButton />}
      exporter={useExporter()}
      empty={<EmptyState message="ocop.empty.orders" icon={<ReceiptLongIcon />} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="display_id" />
        <DateViField source="created_at" />
        <CustomerField label="resources.orders.fields.customer_name" sortable={false} />
        <MoneyField source="total" />
        <StatusChip source="status" sortable={false} i18nPrefix="ocop.orders.status." colors={ORDER_STATUS_COLORS} />
        <PaymentField label="resources.orders.fields.payment_status" sortable={false} />
        <StatusChip
          source="fulfillment_status"
          sortable={false}
          i18nPrefix="ocop.orders.fulfillment_status."
          colors={FULFILLMENT_STATUS_COLORS}
        />
        <DeliveryField source="shipping_methods" sortable={false} />
      </Datagrid>
    </List>
  )
}
