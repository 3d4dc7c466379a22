import type { ChipProps } from '@mui/material';

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const REVIEW_STATUS_COLORS: Record<string, ChipProps['color']> = {
    pending: 'warning',
    approved: 'success',
    rejected: 'error',
};

export const REVIEW_KIND_COLORS: Record<string, ChipProps['color']> = {
    create: 'info',
    update: 'default',
};

/** The order fields are shown in, before/after: what buyers notice first comes first. */
export const FIELD_ORDER = [
    'title',
    'title_en',
    'description',
    'description_en',
    'product_group',
    'origin_district',
    'images',
    'variants',
] as const;

/** A changed field, with the live value (`before`) and the producer's (`after`). */
export interface FieldChange {
    field: string;
    before: unknown;
    after: unknown;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields a review changes, in display order (known fields first, any others after). A field
 * the producer sent unchanged is left out, so the reviewer reads only what would change.
 */
export function fieldChanges(changes: Record<string, unknown> | null | undefined, current: Record<string, unknown> | null | undefined): FieldChange[] {
    if (!changes) return [];
    const known = FIELD_ORDER.filter((f) => f in changes);
    const others = Object.keys(changes).filter((f) => !(FIELD_ORDER as readonly string[]).includes(f));
    return [...known, ...others]
        .map((field) => ({ field, before: current?.[field] ?? null, after: changes[field] ?? null }))
        .filter((c) => !current || !same(c.before, c.after));
}

/** A variant as a review carries it; prices in whole đồng and in US cents. */
export interface ReviewVariant {
    id?: string;
    title?: string;
    sku?: string | null;
    price_vnd?: number | null;
    price_usd?: number | null;
}

/** Image URLs from a review's value (URLs or `{ url }` objects). */
export function imageUrls(value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value
        .map((i) => (typeof i === 'string' ? i : i && typeof i === 'object' ? (i as { url?: unknown }).url : null))
        .filter((u): u is string => typeof u === 'string' && u !== '');
}
