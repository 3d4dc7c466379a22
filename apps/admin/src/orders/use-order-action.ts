import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { OcopDataProvider } from '../providers/data-provider';

/**
 * Runs one order action through the data provider: tells the user how it went, then reloads the
 * order so statuses and buttons follow what Medusa's workflow did.
 */
export function useOrderAction() {
    const dataProvider = useDataProvider<OcopDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const [pending, setPending] = useState(false);

    const run = async (action: (provider: OcopDataProvider) => Promise<unknown>, done: string): Promise<boolean> => {
        setPending(true);
        try {
            await action(dataProvider);
            notify(done, { type: 'info' });
            refresh();
            return true;
        } catch (e) {
            notify((e as Error)?.message || 'ra.notification.http_error', { type: 'error' });
            return false;
        } finally {
            setPending(false);
        }
    };
    return { run, pending };
}
