import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

/** Greets the signed-in officer and says what the console is for. */
export function Welcome() {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    return (
        <Card
            sx={{
                background: (theme) =>
                    `linear-gradient(45deg, ${theme.palette.primary.dark} 0%, ${theme.palette.primary.main} 100%)`,
                color: 'primary.contrastText',
            }}
        >
            <CardContent>
                <Typography variant="h5" component="h1" gutterBottom>
                    {translate('ocop.dashboard.welcome_title')}
                    {identity?.fullName ? `, ${identity.fullName}` : ''}
                </Typography>
                <Typography variant="body1">{translate('ocop.dashboard.welcome_body')}</Typography>
            </CardContent>
        </Card>
    );
}
