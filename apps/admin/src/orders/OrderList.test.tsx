import { screen } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderAdmin } from '../test-utils';
import { OrderList, orderCsvRows } from './OrderList';
import { i18nProvider } from '../i18n/i18n-provider';

const pickupOrder = {
    id: 'order_1',
    display_id: 12,
    created_at: '2025-03-14T17:30:00.000Z',
    email: 'mai@example.vn',
    status: 'pending',
    total: 450000,
    currency_code: 'vnd',
    payment_status: 'authorized',
    fulfillment_status: 'not_fulfilled',
    shipping_methods: [{ name: 'Nhận tại Showroom Sa Pa' }],
};
const usdOrder = {
    ...pickupOrder,
    id: 'order_2',
    display_id: 13,
    email: 'anna@example.com',
    total: 18,
    currency_code: 'usd',
    payment_status: 'captured',
    fulfillment_status: 'shipped',
    shipping_methods: [{ name: 'Giao hàng quốc tế' }],
};

function renderList(orders: object[], role = 'admin') {
    return renderAdmin(
        <ResourceContextProvider value="orders">
            <OrderList />
        </ResourceContextProvider>,
        { role, reply: () => ({ json: { orders, count: orders.length } }) }
    );
}

describe('OrderList', () => {
    it('shows orders with dates, money in their currency, statuses and pickup place', async () => {
        const { calls } = renderList([pickupOrder, usdOrder]);
        expect(await screen.findByText('mai@example.vn')).toBeTruthy();
        expect(screen.getAllByText('15/03/2025')).toHaveLength(2);
        expect(screen.getByText(/^450\.000\s₫$/)).toBeTruthy();
        expect(screen.getByText(/18,00/)).toBeTruthy();
        expect(screen.getByText('Chờ thanh toán')).toBeTruthy();
        expect(screen.getByText('Đã thanh toán')).toBeTruthy();
        expect(screen.getByText('Nhận tại Showroom Sa Pa')).toBeTruthy();
        expect(screen.getByText('Giao hàng quốc tế')).toBeTruthy();
        const url = calls[0]!.url;
        expect(url.pathname).toBe('/admin/orders');
        expect(url.searchParams.get('order')).toBe('-created_at');
        expect(url.searchParams.get('fields')).toContain('payment_status');
    });

    it('explains an empty list without offering to create', async () => {
        renderList([], 'ocop_office');
        expect(await screen.findByText(/Chưa có đơn hàng nào/)).toBeTruthy();
        expect(screen.queryByRole('link', { name: /Tạo mới/ })).toBeNull();
    });
});

describe('orderCsvRows', () => {
    it('exports dd/mm/yyyy dates, raw amounts with currency and translated statuses', () => {
        const rows = orderCsvRows([pickupOrder], i18nProvider.translate);
        expect(rows).toEqual([
            {
                display_id: 12,
                created_at: '15/03/2025',
                email: 'mai@example.vn',
                total: 450000,
                currency_code: 'VND',
                status: 'Đang xử lý',
                payment_status: 'Chờ thanh toán',
                fulfillment_status: 'Chưa giao',
                delivery: 'Nhận tại Showroom Sa Pa',
            },
        ]);
    });
});
