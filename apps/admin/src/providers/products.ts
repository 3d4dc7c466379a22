import type { Identifier, RaRecord } from 'react-admin';
import type { createHttpClient } from './http-client';

/**
 * The console's "products" resource joins two backend shapes: Medusa's product (texts, status,
 * variants and VND prices) and our OCOP profile (producer, group, district, English texts). The
 * store has one currency (VND, no USD region), so each variant carries one VND price.
 */
type Request = ReturnType<typeof createHttpClient>;

/** The option every OCOP product's variants hang on: the packaging size (quy cách). */
export const PACKAGING_OPTION = 'Quy cách';

const PRODUCT_FIELDS = 'id,title,handle,description,status,thumbnail,created_at,updated_at,*variants,*variants.prices';
const OCOP_FIELDS = ['producer_id', 'product_group', 'origin_district', 'title_en', 'description_en'] as const;
const MEDUSA_FIELDS = ['title', 'handle', 'description', 'status'] as const;

export interface VariantRow {
    id?: string;
    title: string;
    sku?: string | null;
    price: number | null;
}

interface MedusaVariant {
    id: string;
    title: string;
    sku?: string | null;
    prices?: { currency_code: string; amount: number }[];
}

const vndOf = (v: MedusaVariant) => v.prices?.find((p) => p.currency_code === 'vnd')?.amount ?? null;
const pick = (data: Record<string, unknown>, keys: readonly string[]) =>
    Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k] === '' ? null : data[k]]));

/** The OCOP profile body; English texts are sent as null when emptied so the server clears them. */
function ocopBody(data: Record<string, unknown>) {
    const body = pick(data, OCOP_FIELDS);
    return { ...body, title_en: body.title_en ?? null, description_en: body.description_en ?? null };
}

/** Product + OCOP profile as one react-admin record. */
export async function getProduct(request: Request, id: Identifier): Promise<RaRecord> {
    const path = `/admin/products/${encodeURIComponent(String(id))}`;
    const [{ product }, { product: ocop }] = await Promise.all([
        request<{ product: Record<string, unknown> & { variants?: MedusaVariant[] } }>(path, {
            query: { fields: PRODUCT_FIELDS },
        }),
        request<{ product: { producer?: { id: string } | null; profile?: Record<string, unknown> | null; star_level?: number | null; is_listed?: boolean } }>(
            `${path}/ocop`
        ),
    ]);
    const variants: VariantRow[] = (product.variants ?? []).map((v) => ({ id: v.id, title: v.title, sku: v.sku ?? null, price: vndOf(v) }));
    return {
        ...product,
        id: product.id as Identifier,
        variants,
        producer_id: ocop.producer?.id ?? null,
        product_group: ocop.profile?.product_group ?? null,
        origin_district: ocop.profile?.origin_district ?? null,
        title_en: ocop.profile?.title_en ?? null,
        description_en: ocop.profile?.description_en ?? null,
        star_level: ocop.star_level ?? null,
        is_listed: ocop.is_listed ?? false,
    };
}

/** Creates the Medusa product in the store's default sales channel, then attaches its OCOP profile. */
export async function createProduct(request: Request, data: Record<string, unknown>): Promise<RaRecord> {
    const variants = (data.variants as VariantRow[] | undefined) ?? [];
    const { stores } = await request<{ stores: { default_sales_channel_id?: string | null }[] }>('/admin/stores', {
        query: { fields: 'id,default_sales_channel_id' },
    });
    const channel = stores[0]?.default_sales_channel_id;
    const { product } = await request<{ product: { id: string } }>('/admin/products', {
        method: 'POST',
        body: {
            ...pick(data, MEDUSA_FIELDS),
            options: [{ title: PACKAGING_OPTION, values: variants.map((v) => v.title) }],
            variants: variants.map((v) => ({
                title: v.title,
                ...(v.sku ? { sku: v.sku } : {}),
                options: { [PACKAGING_OPTION]: v.title },
                manage_inventory: false,
                prices: v.price == null ? [] : [{ currency_code: 'vnd', amount: v.price }],
            })),
            ...(channel ? { sales_channels: [{ id: channel }] } : {}),
        },
    });
    await request(`/admin/products/${product.id}/ocop`, { method: 'POST', body: ocopBody(data) });
    return getProduct(request, product.id);
}

/** Saves texts and status, the VND price of existing variants, and the OCOP profile. */
export async function updateProduct(
    request: Request,
    id: Identifier,
    data: Record<string, unknown>,
    previous: Record<string, unknown>
): Promise<RaRecord> {
    const path = `/admin/products/${encodeURIComponent(String(id))}`;
    const changed = (keys: readonly string[]) => keys.some((k) => JSON.stringify(data[k]) !== JSON.stringify(previous[k]));
    if (changed(MEDUSA_FIELDS)) await request(path, { method: 'POST', body: pick(data, MEDUSA_FIELDS) });
    const before = new Map(((previous.variants as VariantRow[]) ?? []).map((v) => [v.id, v]));
    const repriced = ((data.variants as VariantRow[]) ?? []).filter(
        (v) => v.id && before.has(v.id) && (before.get(v.id)?.price !== v.price || before.get(v.id)?.title !== v.title)
    );
    if (repriced.length > 0) {
        await request(`${path}/variants/batch`, {
            method: 'POST',
            body: {
                update: repriced.map((v) => ({
                    id: v.id,
                    title: v.title,
                    prices: v.price == null ? [] : [{ currency_code: 'vnd', amount: v.price }],
                })),
            },
        });
    }
    if (changed(OCOP_FIELDS)) await request(`${path}/ocop`, { method: 'POST', body: ocopBody(data) });
    return getProduct(request, id);
}

/** Publishes or unpublishes (Medusa's status); the catalogue follows through the product events. */
export async function setProductStatus(request: Request, id: Identifier, status: 'published' | 'draft') {
    await request(`/admin/products/${encodeURIComponent(String(id))}`, { method: 'POST', body: { status } });
}
