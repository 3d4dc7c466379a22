import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateViField } from '../../common/DateViField';
import { useDomainLocale } from '../../common/domain-labels';
import { StatusChip } from '../../common/StatusChip';
import {
    formatOrderMoney,
    FULFILLMENT_STATUS_COLORS,
    ORDER_STATUS_COLORS,
    PAYMENT_STATUS_COLORS,
} from '../../orders/order-model';
import { DeliveryPlace } from './DeliveryPlace';
import { producerTotal, type ProducerOrderRecord } from './producer-order';

function OrderTitle() {
    const order = useRecordContext<ProducerOrderRecord>();
    const translate = useTranslate();
    return <span>{translate('ocop.orders.title', { number: order?.display_id ?? '' })}</span>;
}

/** The producer's lines of the order (the others are not its business, and the server leaves them out). */
function Lines() {
    const order = useRecordContext<ProducerOrderRecord>();
    const translate = useTranslate();
    const locale = useDomainLocale();
    if (!order) return null;
    const money = (amount: unknown) => formatOrderMoney(amount, order.currency_code, locale);
    const t = (key: string) => translate(`ocop.orders.lines.${key}`);
    return (
        <Labeled label="ocop.producer_console.orders.lines">
            <Table size="small" sx={{ maxWidth: 760 }}>
                <TableHead>
                    <TableRow>
                        <TableCell>{t('product')}</TableCell>
                        <TableCell align="right">{t('quantity')}</TableCell>
                        <TableCell align="right">{t('unit_price')}</TableCell>
                        <TableCell align="right">{t('total')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {(order.items ?? []).map((item) => (
                        <TableRow key={item.id}>
                            <TableCell>
                                {item.title}
                                {item.variant_title ? ` — ${item.variant_title}` : ''}
                            </TableCell>
                            <TableCell align="right">{item.quantity}</TableCell>
                            <TableCell align="right">{money(item.unit_price)}</TableCell>
                            <TableCell align="right">{money(item.total)}</TableCell>
                        </TableRow>
                    ))}
                    <TableRow>
                        <TableCell colSpan={3} align="right">
                            <strong>{t('total')}</strong>
                        </TableCell>
                        <TableCell align="right">
                            <strong>{producerTotal(order, locale)}</strong>
                        </TableCell>
                    </TableRow>
                </TableBody>
            </Table>
        </Labeled>
    );
}

function OnlyYourLines() {
    const translate = useTranslate();
    return <Alert severity="info">{translate('ocop.producer_console.orders.lines_note')}</Alert>;
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
                <StatusChip source="fulfillment_status" i18nPrefix="ocop.orders.fulfillment_status." colors={FULFILLMENT_STATUS_COLORS} />
                <DeliveryPlace label="resources.producer-orders.fields.delivery" withAddress />
                <OnlyYourLines />
                <Lines />
            </SimpleShowLayout>
        </Show>
    );
}
