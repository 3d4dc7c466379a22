import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderAdmin } from '../test-utils';
import { StaffList } from './StaffList';

const staff = [
    { id: 'user_1', email: 'admin@ocop-laocai.vn', first_name: 'Lan', last_name: 'Nguyễn', role: 'admin', created_at: '2021-02-04T03:00:00Z' },
    { id: 'user_2', email: 'new@ocop-laocai.vn', first_name: null, last_name: null, role: null, created_at: '2021-02-05T03:00:00Z' },
];

describe('StaffList', () => {
    it('lists accounts with their roles and sets a role', async () => {
        const { calls } = renderAdmin(
            <ResourceContextProvider value="staff">
                <StaffList />
            </ResourceContextProvider>,
            {
                reply: (call) =>
                    call.method === 'POST'
                        ? { json: { staff: { ...staff[1], role: 'ocop_office' } } }
                        : { json: { staff, count: 2 } },
            }
        );
        expect(await screen.findByText('new@ocop-laocai.vn')).toBeTruthy();
        expect(screen.getByText('Chưa có vai trò (không truy cập được)')).toBeTruthy();
        // Signed in as user_1: an administrator cannot demote themselves.
        expect(await screen.findByText('Bạn không thể tự bỏ vai trò quản trị của mình')).toBeTruthy();
        fireEvent.mouseDown(screen.getByRole('combobox', { name: /Vai trò user_2/ }));
        fireEvent.click(within(await screen.findByRole('listbox')).getByText('Chi cục Phát triển nông thôn'));
        await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
        const post = calls.find((c) => c.method === 'POST');
        expect(post?.url.pathname).toBe('/admin/staff/user_2/role');
        expect(post?.body).toEqual({ role: 'ocop_office' });
        expect(calls[0]?.url.searchParams.get('order')).toBe('email');
    });
});
