import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PaymentsIcon from '@mui/icons-material/Payments';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useRecordContext } from 'react-admin';
import {
    capturablePayment,
    formatOrderMoney,
    fulfillmentToDeliver,
    itemsToFulfil,
    pickupPlace,
    VIETQR_PROVIDER,
    type OrderRecord,
} from './order-model';
import { useDomainLocale } from '../common/domain-labels';
import { useOrderAction } from './use-order-action';

interface ConfirmedActionProps {
    label: string;
    icon: ReactElement;
    title: string;
    content: string;
    translateOptions?: Record<string, unknown>;
    onConfirm: () => Promise<boolean>;
    pending: boolean;
}

/** A button that asks before running an order action. */
function ConfirmedAction({ label, icon, title, content, translateOptions, onConfirm, pending }: ConfirmedActionProps) {
    const [open, setOpen] = useState(false);
    return (
        <>
            <Button label={label} onClick={() => setOpen(true)} disabled={pending}>
                {icon}
            </Button>
            <Confirm
                isOpen={open}
                loading={pending}
                title={title}
                content={content}
                translateOptions={translateOptions}
                onConfirm={async () => {
                    if (await onConfirm()) setOpen(false);
                }}
                onClose={() => setOpen(false)}
            />
        </>
    );
}

/**
 * Marks a VietQR transfer received, or cash on delivery / at pickup collected: both capture the
 * authorized payment (`POST /admin/payments/:id/capture`).
 */
export function MarkPaidButton() {
    const order = useRecordContext<OrderRecord>();
    const locale = useDomainLocale();
    const { run, pending } = useOrderAction();
    const payment = capturablePayment(order);
    if (!order || !payment) return null;
    const transfer = payment.provider_id === VIETQR_PROVIDER;
    const key = transfer ? 'mark_paid' : 'mark_cod_collected';
    return (
        <ConfirmedAction
            label={`ocop.orders.actions.${key}`}
            icon={<PaymentsIcon />}
            title={`ocop.orders.actions.${key}_title`}
            content={`ocop.orders.actions.${key}_help`}
            translateOptions={{
                number: order.display_id ?? '',
                amount: formatOrderMoney(payment.amount ?? order.total, order.currency_code, locale),
            }}
            pending={pending}
            onConfirm={() => run((p) => p.capturePayment(payment.id), 'ocop.orders.actions.paid_done')}
        />
    );
}

/** Pickup orders: the goods reached the showroom and wait for the buyer (creates the fulfilment). */
export function ReadyForPickupButton() {
    const order = useRecordContext<OrderRecord>();
    const { run, pending } = useOrderAction();
    const items = itemsToFulfil(order);
    const place = pickupPlace(order);
    if (!order || !place || items.length === 0 || order.status === 'canceled') return null;
    return (
        <ConfirmedAction
            label="ocop.orders.actions.ready_for_pickup"
            icon={<StorefrontIcon />}
            title="ocop.orders.actions.ready_for_pickup_title"
            content="ocop.orders.actions.ready_for_pickup_help"
            translateOptions={{ number: order.display_id ?? '', place }}
            pending={pending}
            onConfirm={() => run((p) => p.fulfilOrder(order.id, items), 'ocop.orders.actions.ready_done')}
        />
    );
}

/** The buyer collected a pickup order, or a shipped parcel arrived (`mark-as-delivered`). */
export function MarkDeliveredButton() {
    const order = useRecordContext<OrderRecord>();
    const { run, pending } = useOrderAction();
    const fulfillment = fulfillmentToDeliver(order);
    if (!order || !fulfillment) return null;
    const key = pickupPlace(order) ? 'picked_up' : 'delivered';
    return (
        <ConfirmedAction
            label={`ocop.orders.actions.${key}`}
            icon={<CheckCircleIcon />}
            title={`ocop.orders.actions.${key}_title`}
            content={`ocop.orders.actions.${key}_help`}
            translateOptions={{ number: order.display_id ?? '' }}
            pending={pending}
            onConfirm={() => run((p) => p.markDelivered(order.id, fulfillment.id), 'ocop.orders.actions.delivered_done')}
        />
    );
}
