import { Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ExpiringCertificationCount } from './ExpiringCertificationCount';
import { ProducerCount } from './ProducerCount';
import { ValidCertificationCount } from './ValidCertificationCount';
import { Welcome } from './Welcome';

/** Home page: a welcome and the register's key figures. */
export function Dashboard() {
    const translate = useTranslate();
    return (
        <Stack spacing={2} sx={{ mt: 2 }}>
            <Title title={translate('ra.page.dashboard')} />
            <Welcome />
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                <ProducerCount />
                <ValidCertificationCount />
                <ExpiringCertificationCount />
            </Stack>
        </Stack>
    );
}
