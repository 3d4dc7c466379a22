import { tryParseUsdCents, usdCentsText } from '@ocop/domain';
import { TextInput, type TextInputProps } from 'react-admin';

/** Cents as dollars for display ("12.50"); empty for no price. */
export function formatUsdCents(cents: unknown): string {
    if (typeof cents === 'number' && Number.isInteger(cents)) return usdCentsText(cents);
    return cents == null ? '' : String(cents);
}

/**
 * A price typed in US dollars and kept in cents, as the producer API takes it. Like VND
 * (decision 002), an amount that cannot be read for sure is refused, never guessed.
 */
export function UsdInput(props: TextInputProps) {
    const own = (value: unknown) =>
        value === null || value === undefined || typeof value === 'number' ? undefined : 'ocop.producer_console.products.invalid_usd';
    const given = Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : [];
    return (
        <TextInput
            {...props}
            inputMode="decimal"
            format={(value: unknown) => (typeof value === 'number' ? formatUsdCents(value) : ((value as string | null) ?? ''))}
            parse={(text: string) => (text.trim() === '' ? null : (tryParseUsdCents(text) ?? text))}
            validate={[...given, own]}
        />
    );
}
