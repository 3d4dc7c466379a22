import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import {
    Datagrid,
    downloadCSV,
    List,
    SearchInput,
    SelectInput,
    TextField,
    useTranslate,
    type Exporter,
    type TranslateFunction,
} from 'react-admin';
import { ListActions } from '../common/ListActions';
import { unparse } from 'papaparse';
import { DateViField, formatDateSafe } from '../common/DateViField';
import { DateViInput } from '../common/DateViInput';
import { EmptyState } from '../common/EmptyState';
import { StatusChip } from '../common/StatusChip';
import { DeliveryField } from './DeliveryField';
import { MoneyField } from './MoneyField';
import {
    deliveryMethod,
    FULFILLMENT_STATUS_COLORS,
    ORDER_LIST_FIELDS,
    ORDER_STATUS_COLORS,
    ORDER_STATUSES,
    PAYMENT_STATUS_COLORS,
    type OrderRecord,
} from './order-model';

/** CSV rows: dates dd/mm/yyyy, amounts as numbers with their currency, statuses translated. */
export function orderCsvRows(orders: OrderRecord[], translate: TranslateFunction) {
    const label = (prefix: string, code?: string) => (code ? translate(`${prefix}${code}`, { _: code }) : '');
    return orders.map((o) => ({
        display_id: o.display_id ?? '',
        created_at: formatDateSafe(o.created_at),
        email: o.email ?? '',
        total: o.total ?? '',
        currency_code: (o.currency_code ?? '').toUpperCase(),
        status: label('ocop.orders.status.', o.status),
        payment_status: label('ocop.orders.payment_status.', o.payment_status),
        fulfillment_status: label('ocop.orders.fulfillment_status.', o.fulfillment_status),
        delivery: deliveryMethod(o),
    }));
}

function useExporter(): Exporter {
    const translate = useTranslate();
    return (records) => downloadCSV(unparse(orderCsvRows(records as OrderRecord[], translate)), 'don-hang');
}

/** Orders from the storefront: newest first; filters by status and order date (Vietnam days). */
export function OrderList() {
    const translate = useTranslate();
    const statuses = ORDER_STATUSES.map((id) => ({ id, name: translate(`ocop.orders.status.${id}`) }));
    const filters = [
        <SearchInput key="q" source="q" alwaysOn />,
        <SelectInput key="status" source="status" choices={statuses} />,
        <DateViInput key="from" source="created_from" />,
        <DateViInput key="to" source="created_to" />,
    ];
    return (
        <List
            filters={filters}
            sort={{ field: 'created_at', order: 'DESC' }}
            queryOptions={{ meta: { fields: ORDER_LIST_FIELDS } }}
            actions={<ListActions />}
            exporter={useExporter()}
            empty={<EmptyState message="ocop.empty.orders" icon={<ReceiptLongIcon />} />}
        >
            <Datagrid rowClick="show" bulkActionButtons={false}>
                <TextField source="display_id" />
                <DateViField source="created_at" />
                <TextField source="email" />
                <MoneyField source="total" sortable={false} />
                <StatusChip source="status" i18nPrefix="ocop.orders.status." colors={ORDER_STATUS_COLORS} />
                <StatusChip
                    source="payment_status"
                    sortable={false}
                    i18nPrefix="ocop.orders.payment_status."
                    colors={PAYMENT_STATUS_COLORS}
                />
                <StatusChip
                    source="fulfillment_status"
                    sortable={false}
                    i18nPrefix="ocop.orders.fulfillment_status."
                    colors={FULFILLMENT_STATUS_COLORS}
                />
                <DeliveryField source="shipping_methods" sortable={false} />
            </Datagrid>
        </List>
    );
}
