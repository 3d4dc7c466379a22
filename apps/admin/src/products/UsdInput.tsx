import { tryParseUsdCents, usdCentsText } from '@ocop/domain';
import { TextInput, type TextInputProps } from 'react-admin';

/**
 * A US-dollar price typed as people write it ("6.40", "6,4", "$6.40") and kept in cents, as the
 * admin API takes it. Empty means "not sold abroad"; an unreadable amount is refused, not guessed.
 */
export function UsdInput(props: TextInputProps) {
    return (
        <TextInput
            {...props}
            format={(value: unknown) => (typeof value === 'number' ? usdCentsText(value) : ((value as string | null) ?? ''))}
            parse={(text: string) => (text.trim() === '' ? null : (tryParseUsdCents(text) ?? text))}
            validate={[
                ...(Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : []),
                (value: unknown) =>
                    value === null || value === undefined || typeof value === 'number' ? undefined : 'ocop.products.invalid_usd',
            ]}
        />
    );
}
