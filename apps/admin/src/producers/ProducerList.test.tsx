import { screen } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderAdmin } from '../test-utils';
import { ProducerList } from './ProducerList';

const producer = {
    id: 'prod_1',
    name: 'HTX Nấm hương Sa Pa',
    kind: 'cooperative',
    district: 'sa-pa',
    commune: 'Phường Sa Pa',
    representative: 'Giàng A Páo',
    phone: '0912345678',
    status: 'suspended',
    created_at: '2021-03-14T17:30:00.000Z',
};

function renderList(producers: object[], role = 'admin') {
    return renderAdmin(
        <ResourceContextProvider value="producers">
            <ProducerList />
        </ResourceContextProvider>,
        { role, reply: () => ({ json: { producers, count: producers.length } }) }
    );
}

describe('ProducerList', () => {
    it('shows producers with Vietnamese labels and dates', async () => {
        const { calls } = renderList([producer]);
        expect(await screen.findByText('HTX Nấm hương Sa Pa')).toBeTruthy();
        expect(screen.getByText('Hợp tác xã')).toBeTruthy();
        expect(screen.getByText('Thị xã Sa Pa')).toBeTruthy();
        expect(screen.getByText('Tạm ngừng')).toBeTruthy();
        // 17:30 UTC on 14 March is 15 March in Vietnam
        expect(screen.getByText('15/03/2021')).toBeTruthy();
        expect(calls[0]?.url.searchParams.get('order')).toBe('name');
    });

    it('explains an empty register and offers to create', async () => {
        renderList([]);
        expect(await screen.findByText(/Chưa có chủ thể OCOP nào trong cơ sở dữ liệu/)).toBeTruthy();
        expect(await screen.findByRole('link', { name: /Tạo mới/ })).toBeTruthy();
    });

    it('does not offer creation to trade-promotion staff', async () => {
        renderList([], 'trade_promotion');
        expect(await screen.findByText('Bạn chỉ có quyền xem danh sách này.')).toBeTruthy();
        expect(screen.queryByRole('link', { name: /Tạo mới/ })).toBeNull();
    });
});

