import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, usePermissions, useResourceContext, useTranslate } from 'react-admin';
import { canWrite, RESOURCE_AREAS } from '../auth/roles';

interface EmptyStateProps {
    /** Translation key of the helpful message. */
    message: string;
    icon?: ReactNode;
}

/** Shown instead of an empty list: says what belongs here and offers to create the first one. */
export function EmptyState({ message, icon }: EmptyStateProps) {
    const translate = useTranslate();
    const resource = useResourceContext();
    const { permissions } = usePermissions();
    const area = resource ? RESOURCE_AREAS[resource] : undefined;
    const canCreate = area !== undefined && canWrite(permissions, area);
    return (
        <Box sx={{ textAlign: 'center', m: 4 }} role="status">
            {icon ? <Box sx={{ '& svg': { fontSize: 72, opacity: 0.4 } }}>{icon}</Box> : null}
            <Typography variant="h6" component="p" gutterBottom>
                {translate('ra.page.empty', { name: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
            </Typography>
            <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }}>
                {translate(message)}
            </Typography>
            {canCreate ? (
                <CreateButton variant="contained" />
            ) : (
                <Typography variant="body2">{translate('ocop.empty.read_only')}</Typography>
            )}
        </Box>
    );
}
