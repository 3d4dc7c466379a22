import CancelIcon from '@mui/icons-material/Cancel';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { FormDialog } from './FormDialog';
import { canCancel, itemsToFulfil, pickupPlace, type OrderRecord } from './order-model';
import { useOrderAction } from './use-order-action';

/** Delivery orders: hands the parcel to the carrier with its tracking number (fulfilment + shipment). */
export function ShipButton() {
    const order = useRecordContext<OrderRecord>();
    const { run, pending } = useOrderAction();
    const [open, setOpen] = useState(false);
    const items = itemsToFulfil(order);
    if (!order || pickupPlace(order) || items.length === 0 || order.status === 'canceled') return null;
    return (
        <>
            <Button label="ocop.orders.actions.ship" onClick={() => setOpen(true)} disabled={pending}>
                <LocalShippingIcon />
            </Button>
            <FormDialog
                open={open}
                title="ocop.orders.actions.ship_title"
                content="ocop.orders.actions.ship_help"
                translateOptions={{ number: order.display_id ?? '' }}
                fields={[
                    { name: 'tracking_number', label: 'ocop.orders.actions.tracking_number', required: true },
                    { name: 'tracking_url', label: 'ocop.orders.actions.tracking_url', help: 'ocop.orders.actions.tracking_url_help' },
                ]}
                submitLabel="ocop.orders.actions.ship"
                pending={pending}
                onClose={() => setOpen(false)}
                onSubmit={async (values) => {
                    const ok = await run(
                        (p) =>
                            p.shipOrder(order.id, items, {
                                tracking_number: values.tracking_number ?? '',
                                tracking_url: values.tracking_url,
                            }),
                        'ocop.orders.actions.shipped_done'
                    );
                    if (ok) setOpen(false);
                    return ok;
                }}
            />
        </>
    );
}

/** Cancels an order that has not left yet; the reason is kept in the order's metadata. */
export function CancelOrderButton() {
    const order = useRecordContext<OrderRecord>();
    const { run, pending } = useOrderAction();
    const [open, setOpen] = useState(false);
    if (!order || !canCancel(order)) return null;
    return (
        <>
            <Button label="ocop.orders.actions.cancel" color="error" onClick={() => setOpen(true)} disabled={pending}>
                <CancelIcon />
            </Button>
            <FormDialog
                open={open}
                title="ocop.orders.actions.cancel_title"
                content="ocop.orders.actions.cancel_help"
                translateOptions={{ number: order.display_id ?? '' }}
                fields={[{ name: 'reason', label: 'ocop.orders.actions.cancel_reason', required: true }]}
                submitLabel="ocop.orders.actions.cancel"
                pending={pending}
                onClose={() => setOpen(false)}
                onSubmit={async (values) => {
                    const ok = await run(
                        (p) => p.cancelOrder(order.id, values.reason ?? '', order.metadata),
                        'ocop.orders.actions.canceled_done'
                    );
                    if (ok) setOpen(false);
                    return ok;
                }}
            />
        </>
    );
}
