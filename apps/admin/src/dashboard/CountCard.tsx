import { Box, Card, CardActions, CardContent, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, useCreatePath, useTranslate } from 'react-admin';
import { useCount } from './use-count';

interface CountCardProps {
    resource: string;
    title: string;
    icon: ReactNode;
    filter?: Record<string, unknown>;
}

/** One figure of the register (a count from a list endpoint) with a link to the filtered list. */
export function CountCard({ resource, title, icon, filter }: CountCardProps) {
    const translate = useTranslate();
    const createPath = useCreatePath();
    const { total, isPending, error } = useCount(resource, filter);
    const to = {
        pathname: createPath({ resource, type: 'list' }),
        search: filter ? `filter=${encodeURIComponent(JSON.stringify(filter))}` : '',
    };
    let figure: ReactNode;
    if (isPending) figure = <Skeleton width={64} aria-label={translate('ra.page.loading')} />;
    else if (total === undefined) figure = <span title={translate('ocop.dashboard.unavailable')}>—</span>;
    else figure = total.toLocaleString('vi-VN');

    return (
        <Card sx={{ flex: 1, minWidth: 220 }} component="section" aria-label={translate(title)}>
            <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
                <Box sx={{ color: 'primary.main', '& svg': { fontSize: 48 } }} aria-hidden>
                    {icon}
                </Box>
                <Box>
                    <Typography color="text.secondary" component="h2" variant="subtitle1">
                        {translate(title)}
                    </Typography>
                    <Typography variant="h4" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {figure}
                    </Typography>
                    {error ? (
                        <Typography variant="caption" color="text.secondary">
                            {translate('ocop.dashboard.unavailable')}
                        </Typography>
                    ) : null}
                </Box>
            </CardContent>
            <CardActions>
                <Button to={to} label="ocop.dashboard.open_list" />
            </CardActions>
        </Card>
    );
}
