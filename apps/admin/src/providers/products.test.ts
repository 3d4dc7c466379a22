import { describe, expect, it } from 'vitest';
import { createMedusaDataProvider } from './data-provider';
import { recordingFetch } from './test-fetch';

const medusaProduct = {
    id: 'prod_1',
    title: 'Nấm hương Sa Pa',
    status: 'draft',
    variants: [{ id: 'variant_1', title: 'Gói 500 g', sku: null, prices: [{ currency_code: 'vnd', amount: 150000 }] }],
};
const ocop = {
    id: 'prod_1',
    producer: { id: 'pdcr_1' },
    profile: { product_group: 'food', origin_district: 'sa-pa', title_en: 'Sa Pa shiitake', description_en: null },
    star_level: 4,
    is_listed: false,
};

function setup() {
    const { fetch, calls } = recordingFetch((call) => {
        const p = call.url.pathname;
        if (p === '/admin/ocop-products') return { json: { ocop_products: [{ id: 'prod_1' }], count: 1 } };
        if (p === '/admin/stores') return { json: { stores: [{ id: 'store_1', default_sales_channel_id: 'sc_1' }] } };
        if (p.endsWith('/ocop')) return { json: { product: ocop } };
        return { json: { product: medusaProduct } };
    });
    return { provider: createMedusaDataProvider({ baseUrl: 'http://api', fetch, getToken: () => 't' }), calls };
}

describe('products in the data provider', () => {
    it('lists from the OCOP product list with its filters', async () => {
        const { provider, calls } = setup();
        const res = await provider.getList('products', {
            pagination: { page: 2, perPage: 10 },
            sort: { field: 'title', order: 'ASC' },
            filter: { product_group: 'food', certificate_status: 'in_force' },
        });
        expect(res.total).toBe(1);
        expect(calls[0]?.url.pathname).toBe('/admin/ocop-products');
        expect(Object.fromEntries(calls[0]!.url.searchParams)).toMatchObject({
            product_group: 'food',
            certificate_status: 'in_force',
            offset: '10',
            order: 'title',
        });
    });

    it('reads one product joined with its OCOP profile and VND prices', async () => {
        const { provider } = setup();
        const { data } = await provider.getOne('products', { id: 'prod_1' });
        expect(data).toMatchObject({
            id: 'prod_1',
            producer_id: 'pdcr_1',
            product_group: 'food',
            title_en: 'Sa Pa shiitake',
            star_level: 4,
            variants: [{ id: 'variant_1', title: 'Gói 500 g', price: 150000 }],
        });
    });

    it('creates the product in the default sales channel, then attaches its profile', async () => {
        const { provider, calls } = setup();
        await provider.create('products', {
            data: {
                title: 'Nấm hương Sa Pa',
                status: 'draft',
                producer_id: 'pdcr_1',
                product_group: 'food',
                origin_district: 'sa-pa',
                variants: [{ title: 'Gói 500 g', price: 150000 }],
            },
        });
        const posts = calls.filter((c) => c.method === 'POST');
        expect(posts.map((c) => c.url.pathname)).toEqual(['/admin/products', '/admin/products/prod_1/ocop']);
        expect(posts[0]?.body).toMatchObject({
            title: 'Nấm hương Sa Pa',
            sales_channels: [{ id: 'sc_1' }],
            options: [{ title: 'Quy cách', values: ['Gói 500 g'] }],
            variants: [{ title: 'Gói 500 g', options: { 'Quy cách': 'Gói 500 g' }, prices: [{ currency_code: 'vnd', amount: 150000 }] }],
        });
        expect(posts[1]?.body).toEqual({
            producer_id: 'pdcr_1',
            product_group: 'food',
            origin_district: 'sa-pa',
            title_en: null,
            description_en: null,
        });
    });

    it('saves only what changed: a new price goes to the variant batch, the profile is left alone', async () => {
        const { provider, calls } = setup();
        const previous = (await provider.getOne('products', { id: 'prod_1' })).data;
        calls.length = 0;
        await provider.update('products', {
            id: 'prod_1',
            data: { ...previous, variants: [{ id: 'variant_1', title: 'Gói 500 g', price: 160000 }] },
            previousData: previous,
        });
        const posts = calls.filter((c) => c.method === 'POST');
        expect(posts.map((c) => c.url.pathname)).toEqual(['/admin/products/prod_1/variants/batch']);
        expect(posts[0]?.body).toEqual({
            update: [{ id: 'variant_1', title: 'Gói 500 g', prices: [{ currency_code: 'vnd', amount: 160000 }] }],
        });
    });
});
