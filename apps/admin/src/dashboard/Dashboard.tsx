import { Stack } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { canRead } from '../auth/roles';
import { ExpiringCertificationCount } from './ExpiringCertificationCount';
import { ProducerCount } from './ProducerCount';
import { ValidCertificationCount } from './ValidCertificationCount';
import { Welcome } from './Welcome';

/** Home page: a welcome and the register's key figures that the role may see. */
export function Dashboard() {
    const translate = useTranslate();
    const { permissions } = usePermissions();
    // Only figures the role may read: a refused request would flash "not allowed" on the home page.
    return (
        <Stack spacing={2} sx={{ mt: 2 }}>
            <Title title={translate('ra.page.dashboard')} />
            <Welcome />
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                {canRead(permissions, 'register') ? <ProducerCount /> : null}
                {canRead(permissions, 'certificates') ? <ValidCertificationCount /> : null}
                {canRead(permissions, 'certificates') ? <ExpiringCertificationCount /> : null}
            </Stack>
        </Stack>
    );
}
