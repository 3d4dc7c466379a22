import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useResourceContext, useTranslate } from 'react-admin';

/** A producer's empty list: says what belongs here and, where the producer may add, how to start. */
export function ProducerEmpty({ message, icon, canCreate = false }: { message: string; icon?: ReactNode; canCreate?: boolean }) {
    const translate = useTranslate();
    const resource = useResourceContext();
    return (
        <Box sx={{ textAlign: 'center', m: 4 }} role="status">
            {icon ? <Box sx={{ '& svg': { fontSize: 72, opacity: 0.4 } }}>{icon}</Box> : null}
            <Typography variant="h6" component="p" gutterBottom>
                {translate('ra.page.empty', { name: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
            </Typography>
            <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }}>
                {translate(message)}
            </Typography>
            {canCreate ? <CreateButton variant="contained" /> : null}
        </Box>
    );
}
