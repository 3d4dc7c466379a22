import { Typography } from '@mui/material';
import { formatMoney, stockStatus } from '@ocop/domain';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { useDomainLocale } from '../common/domain-labels';

/** A price in US cents, shown as the locale writes dollars ("6,40 US$", "$6.40"); empty when none. */
export function UsdField(props: FieldProps) {
    const value = useFieldValue(props);
    const locale = useDomainLocale();
    return (
        <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {typeof value === 'number' ? formatMoney(value / 100, 'usd', locale) : ''}
        </Typography>
    );
}

/** Units still available; red when none, amber when low, "not tracked" when the product tracks no stock. */
export function StockField(props: FieldProps) {
    const value = useFieldValue(props);
    const translate = useTranslate();
    if (typeof value !== 'number') {
        return (
            <Typography component="span" variant="body2" color="text.secondary">
                {translate('ocop.products.not_tracked')}
            </Typography>
        );
    }
    const status = stockStatus(value);
    const color = status === 'out' ? 'error.main' : status === 'low' ? 'warning.dark' : 'text.primary';
    return (
        <Typography component="span" variant="body2" sx={{ color, fontVariantNumeric: 'tabular-nums', fontWeight: status === 'ok' ? 400 : 600 }}>
            {value}
        </Typography>
    );
}
