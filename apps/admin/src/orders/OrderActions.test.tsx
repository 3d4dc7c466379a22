import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Notification, RecordContextProvider, ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderAdmin } from '../test-utils';
import { MarkDeliveredButton, MarkPaidButton, ReadyForPickupButton } from './OrderActions';
import { CancelOrderButton, ShipButton } from './OrderDialogs';
import type { OrderRecord } from './order-model';

const order: OrderRecord = {
    id: 'order_1',
    display_id: 12,
    status: 'pending',
    currency_code: 'vnd',
    total: 450000,
    metadata: { fulfilment: 'pickup' },
    items: [{ id: 'item_1', quantity: 2, detail: { fulfilled_quantity: 0 } }],
    shipping_methods: [{ name: 'Nhận tại Showroom Sa Pa' }],
    payment_collections: [{ payments: [{ id: 'pay_1', provider_id: 'pp_vietqr_vietqr', amount: 450000 }] }],
    fulfillments: [],
};

function renderActions(record: OrderRecord) {
    return renderAdmin(
        <ResourceContextProvider value="orders">
            <RecordContextProvider value={record}>
                <MarkPaidButton />
                <ReadyForPickupButton />
                <ShipButton />
                <MarkDeliveredButton />
                <CancelOrderButton />
            </RecordContextProvider>
            <Notification />
        </ResourceContextProvider>,
        { reply: () => ({ json: { order: { ...record, fulfillments: [{ id: 'ful_1' }] } } }) }
    );
}

describe('order actions', () => {
    it('confirms a VietQR transfer before capturing the payment', async () => {
        const { calls } = renderActions(order);
        expect(screen.queryByRole('button', { name: 'Gửi hàng' })).toBeNull();
        fireEvent.click(screen.getByRole('button', { name: 'Xác nhận đã chuyển khoản' }));
        const dialog = await screen.findByRole('dialog');
        expect(within(dialog).getByText(/Chỉ xác nhận khi 450\.000\s₫ đã về tài khoản/)).toBeTruthy();
        expect(calls).toHaveLength(0);
        fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
        expect(await screen.findByText('Đã ghi nhận thanh toán')).toBeTruthy();
        expect(calls.map((c) => [c.method, c.url.pathname])).toContainEqual(['POST', '/admin/payments/pay_1/capture']);
    });

    it('offers cash collection for COD and "picked up" once the order is ready', () => {
        renderActions({
            ...order,
            payment_collections: [{ payments: [{ id: 'pay_2', provider_id: 'pp_system_default' }] }],
            items: [{ id: 'item_1', quantity: 2, detail: { fulfilled_quantity: 2 } }],
            fulfillments: [{ id: 'ful_1' }],
        });
        expect(screen.getByRole('button', { name: 'Xác nhận đã thu tiền' })).toBeTruthy();
        expect(screen.getByRole('button', { name: 'Người mua đã nhận' })).toBeTruthy();
        expect(screen.queryByRole('button', { name: 'Sẵn sàng để nhận' })).toBeNull();
        expect(screen.queryByRole('button', { name: 'Huỷ đơn' })).toBeNull();
    });

    it('ships a delivery order with its tracking number', async () => {
        const { calls } = renderActions({ ...order, shipping_methods: [{ name: 'Giao hàng tận nơi' }] });
        fireEvent.click(screen.getByRole('button', { name: 'Gửi hàng' }));
        const dialog = await screen.findByRole('dialog');
        fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi hàng' }));
        expect(await within(dialog).findByText('Bắt buộc')).toBeTruthy();
        expect(calls).toHaveLength(0);
        fireEvent.change(within(dialog).getByRole('textbox', { name: /Mã vận đơn/ }), { target: { value: 'VN123' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi hàng' }));
        await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
        expect(calls[1]!.url.pathname).toBe('/admin/orders/order_1/fulfillments/ful_1/shipments');
        expect((calls[1]!.body as { labels: { tracking_number: string }[] }).labels[0]!.tracking_number).toBe('VN123');
    });

    it('cancels with a written reason kept in metadata', async () => {
        const { calls } = renderActions(order);
        fireEvent.click(screen.getByRole('button', { name: 'Huỷ đơn' }));
        const dialog = await screen.findByRole('dialog');
        fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do huỷ/ }), { target: { value: 'Khách đổi ý' } });
        fireEvent.click(within(dialog).getByRole('button', { name: 'Huỷ đơn' }));
        await waitFor(() => expect(calls).toHaveLength(2));
        expect(calls[0]!.body).toEqual({ metadata: { fulfilment: 'pickup', cancel_reason: 'Khách đổi ý' } });
        expect(calls[1]!.url.pathname).toBe('/admin/orders/order_1/cancel');
    });
});
