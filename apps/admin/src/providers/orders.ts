import type { Identifier } from 'react-admin';
import type { QueryValue, RequestOptions } from './http-client';

type Request = <T = unknown>(path: string, options?: RequestOptions) => Promise<T>;

/** An order line that still has units to fulfil. */
export interface FulfilItem {
    id: string;
    quantity: number;
}

/** Tracking given when an order leaves by carrier; the URL may be empty. */
export interface TrackingInput {
    tracking_number: string;
    tracking_url?: string;
}

/** Order actions of the console, each one Medusa admin route (and so one Medusa workflow). */
export interface OrderActions {
    /** Marks a VietQR transfer received or cash on delivery collected: captures the payment. */
    capturePayment(paymentId: string): Promise<void>;
    /** Creates a fulfilment of the given lines (ready for pickup, or packed before shipping). */
    fulfilOrder(orderId: Identifier, items: FulfilItem[]): Promise<string>;
    /** Creates the fulfilment and its shipment with the carrier's tracking number. */
    shipOrder(orderId: Identifier, items: FulfilItem[], tracking: TrackingInput): Promise<void>;
    /** Marks a fulfilment delivered: a pickup order collected at the showroom, or a parcel received. */
    markDelivered(orderId: Identifier, fulfillmentId: string): Promise<void>;
    /** Keeps the reason in the order's metadata, then cancels the order. */
    cancelOrder(orderId: Identifier, reason: string, metadata?: Record<string, unknown> | null): Promise<void>;
}

/** Vietnam is UTC+7 all year: a dd/mm/yyyy day starts at 00:00 there. */
const VN_OFFSET = '+07:00';

/**
 * Turns the console's order filters into Medusa's: the date range (`created_from`/`created_to`, ISO days,
 * Vietnam calendar) becomes `created_at[$gte]`/`created_at[$lt]`; the rest passes through.
 */
export function orderListQuery(filter: Record<string, unknown>): Record<string, QueryValue> {
    const { created_from, created_to, ...rest } = filter;
    const query: Record<string, QueryValue> = {};
    for (const [key, value] of Object.entries(rest)) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) continue;
        query[key] = value as QueryValue;
    }
    if (typeof created_from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(created_from)) {
        query['created_at[$gte]'] = new Date(`${created_from}T00:00:00${VN_OFFSET}`).toISOString();
    }
    if (typeof created_to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(created_to)) {
        const end = new Date(`${created_to}T00:00:00${VN_OFFSET}`);
        end.setUTCDate(end.getUTCDate() + 1);
        query['created_at[$lt]'] = end.toISOString();
    }
    return query;
}

export function createOrderActions(request: Request): OrderActions {
    const order = (id: Identifier) => `/admin/orders/${encodeURIComponent(String(id))}`;
    const fulfilOrder: OrderActions['fulfilOrder'] = async (orderId, items) => {
        const body = await request<{ order?: { fulfillments?: { id: string; created_at?: string }[] } }>(
            `${order(orderId)}/fulfillments`,
            { method: 'POST', body: { items }, query: { fields: 'id,*fulfillments' } }
        );
        const fulfillments = [...(body.order?.fulfillments ?? [])].sort((a, b) =>
            String(a.created_at ?? '').localeCompare(String(b.created_at ?? ''))
        );
        const created = fulfillments.at(-1);
        if (!created) throw new Error('ra.notification.http_error');
        return created.id;
    };
    return {
        capturePayment: async (paymentId) => {
            await request(`/admin/payments/${encodeURIComponent(paymentId)}/capture`, { method: 'POST', body: {} });
        },
        fulfilOrder,
        shipOrder: async (orderId, items, tracking) => {
            const fulfillmentId = await fulfilOrder(orderId, items);
            const label = {
                tracking_number: tracking.tracking_number.trim(),
                tracking_url: tracking.tracking_url?.trim() || '#',
                label_url: '#',
            };
            await request(`${order(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/shipments`, {
                method: 'POST',
                body: { items, labels: [label] },
            });
        },
        markDelivered: async (orderId, fulfillmentId) => {
            await request(`${order(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/mark-as-delivered`, {
                method: 'POST',
                body: {},
            });
        },
        cancelOrder: async (orderId, reason, metadata) => {
            await request(order(orderId), {
                method: 'POST',
                body: { metadata: { ...(metadata ?? {}), cancel_reason: reason.trim() } },
            });
            await request(`${order(orderId)}/cancel`, { method: 'POST', body: {} });
        },
    };
}
