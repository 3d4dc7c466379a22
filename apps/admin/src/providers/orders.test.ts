import { describe, expect, it } from 'vitest';
import { createMedusaDataProvider } from './data-provider';
import { orderListQuery } from './orders';
import { recordingFetch } from './test-fetch';

function provider(reply?: Parameters<typeof recordingFetch>[0]) {
    const { fetch, calls } = recordingFetch(reply);
    return { dp: createMedusaDataProvider({ baseUrl: 'http://api', fetch, getToken: () => 'tok' }), calls };
}

describe('orderListQuery', () => {
    it('turns Vietnam days into created_at bounds and keeps other filters', () => {
        expect(orderListQuery({ status: 'pending', created_from: '2025-03-01', created_to: '2025-03-31' })).toEqual({
            status: 'pending',
            'created_at[$gte]': '2025-02-28T17:00:00.000Z',
            'created_at[$lt]': '2025-03-31T17:00:00.000Z',
        });
        expect(orderListQuery({ created_from: '01/03/20' })).toEqual({});
    });
});

describe('order actions', () => {
    it('lists orders with the date range as Medusa operators', async () => {
        const { dp, calls } = provider(() => ({ json: { orders: [], count: 0 } }));
        await dp.getList('orders', {
            pagination: { page: 2, perPage: 10 },
            sort: { field: 'created_at', order: 'DESC' },
            filter: { status: 'pending', created_from: '2025-03-01' },
            meta: { fields: 'id,total' },
        });
        const url = calls[0]!.url;
        expect(url.pathname).toBe('/admin/orders');
        expect(url.searchParams.get('created_at[$gte]')).toBe('2025-02-28T17:00:00.000Z');
        expect(url.searchParams.get('created_from')).toBeNull();
        expect(url.searchParams.get('status')).toBe('pending');
        expect(url.searchParams.get('order')).toBe('-created_at');
        expect(url.searchParams.get('offset')).toBe('10');
        expect(url.searchParams.get('fields')).toBe('id,total');
    });

    it('captures a payment to mark it paid', async () => {
        const { dp, calls } = provider(() => ({ json: { payment: {} } }));
        await dp.capturePayment('pay_1');
        expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([['POST', '/admin/payments/pay_1/capture', {}]]);
    });

    it('ships: creates the fulfilment, then its shipment with the tracking number', async () => {
        const { dp, calls } = provider((call) =>
            call.url.pathname.endsWith('/fulfillments')
                ? { json: { order: { fulfillments: [
                    { id: 'ful_old', created_at: '2025-03-01T00:00:00Z' },
                    { id: 'ful_new', created_at: '2025-03-02T00:00:00Z' },
                ] } } }
                : { json: { order: {} } }
        );
        const items = [{ id: 'item_1', quantity: 2 }];
        await dp.shipOrder('order_1', items, { tracking_number: ' VN123 ' });
        expect(calls.map((c) => [c.method, c.url.pathname])).toEqual([
            ['POST', '/admin/orders/order_1/fulfillments'],
            ['POST', '/admin/orders/order_1/fulfillments/ful_new/shipments'],
        ]);
        expect(calls[0]!.body).toEqual({ items });
        expect(calls[1]!.body).toEqual({ items, labels: [{ tracking_number: 'VN123', tracking_url: '#', label_url: '#' }] });
    });

    it('marks a fulfilment delivered (picked up)', async () => {
        const { dp, calls } = provider(() => ({ json: { order: {} } }));
        await dp.markDelivered('order_1', 'ful_1');
        expect(calls[0]!.url.pathname).toBe('/admin/orders/order_1/fulfillments/ful_1/mark-as-delivered');
    });

    it('keeps the cancellation reason in metadata before cancelling', async () => {
        const { dp, calls } = provider(() => ({ json: { order: {} } }));
        await dp.cancelOrder('order_1', ' Khách đổi ý ', { fulfilment: 'pickup' });
        expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([
            ['POST', '/admin/orders/order_1', { metadata: { fulfilment: 'pickup', cancel_reason: 'Khách đổi ý' } }],
            ['POST', '/admin/orders/order_1/cancel', {}],
        ]);
    });
});
