import { formatMoney, vietQrNote } from '@ocop/domain';
import type { ChipProps } from '@mui/material';

/** The parts of a Medusa order the console reads. */
export interface OrderPayment {
    id: string;
    provider_id?: string;
    amount?: number;
    captured_at?: string | null;
    canceled_at?: string | null;
}

export interface OrderFulfillment {
    id: string;
    location_id?: string | null;
    shipped_at?: string | null;
    delivered_at?: string | null;
    canceled_at?: string | null;
    created_at?: string;
    labels?: { tracking_number?: string; tracking_url?: string }[];
}

export interface OrderItem {
    id: string;
    title?: string;
    product_title?: string;
    variant_title?: string | null;
    quantity: number;
    unit_price?: number;
    total?: number;
    detail?: { fulfilled_quantity?: number } | null;
}

export interface OrderRecord {
    id: string;
    display_id?: number;
    status?: string;
    created_at?: string;
    email?: string | null;
    currency_code?: string;
    total?: number;
    subtotal?: number;
    shipping_total?: number;
    tax_total?: number;
    discount_total?: number;
    payment_status?: string;
    fulfillment_status?: string;
    metadata?: Record<string, unknown> | null;
    items?: OrderItem[];
    shipping_methods?: { id?: string; name?: string; amount?: number; shipping_option_id?: string | null }[];
    shipping_address?: Record<string, string | null | undefined> | null;
    payment_collections?: { payments?: OrderPayment[] }[];
    fulfillments?: OrderFulfillment[];
}

/** Fields the list asks for: Medusa computes payment and fulfilment status from them. */
export const ORDER_LIST_FIELDS =
    'id,display_id,created_at,email,status,total,currency_code,payment_status,fulfillment_status,*shipping_methods';

/** Fields the detail page and its actions need. */
export const ORDER_SHOW_FIELDS = [
    'id,display_id,status,created_at,email,currency_code,metadata',
    'total,subtotal,shipping_total,tax_total,discount_total,item_total',
    'payment_status,fulfillment_status',
    '*items,*items.detail,*shipping_address,*shipping_methods',
    '*payment_collections,*payment_collections.payments,*fulfillments,*fulfillments.labels',
].join(',');

/** Order statuses Medusa uses for placed orders (filter choices). */
export const ORDER_STATUSES = ['pending', 'completed', 'canceled', 'requires_action', 'archived'] as const;

export const PAYMENT_STATUSES = [
    'not_paid', 'awaiting', 'authorized', 'partially_authorized', 'captured', 'partially_captured',
    'partially_refunded', 'refunded', 'canceled', 'requires_action',
] as const;

export const ORDER_STATUS_COLORS: Record<string, ChipProps['color']> = {
    pending: 'warning',
    completed: 'success',
    canceled: 'default',
    requires_action: 'error',
};

export const PAYMENT_STATUS_COLORS: Record<string, ChipProps['color']> = {
    authorized: 'warning',
    awaiting: 'warning',
    captured: 'success',
    refunded: 'default',
    canceled: 'default',
    requires_action: 'error',
};

export const FULFILLMENT_STATUS_COLORS: Record<string, ChipProps['color']> = {
    not_fulfilled: 'warning',
    fulfilled: 'info',
    shipped: 'info',
    delivered: 'success',
    canceled: 'default',
};

/** The provider of the storefront's bank transfer (decision 008). */
export const VIETQR_PROVIDER = 'pp_vietqr_vietqr';

/** Pickup options are named "Nhận tại <showroom>" (decision 008). */
const PICKUP_PREFIX = 'Nhận tại';

/** The pickup place ("Nhận tại …"), or null for a delivery order. */
export function pickupPlace(order: Pick<OrderRecord, 'shipping_methods'> | undefined): string | null {
    const name = order?.shipping_methods?.[0]?.name?.trim();
    return name && name.startsWith(PICKUP_PREFIX) ? name : null;
}

/** The delivery method as the buyer chose it: the shipping option's name. */
export function deliveryMethod(order: Pick<OrderRecord, 'shipping_methods'> | undefined): string {
    return order?.shipping_methods?.map((m) => m.name ?? '').filter(Boolean).join(', ') ?? '';
}

/** The order's payments, newest collection last. */
export function orderPayments(order: OrderRecord | undefined): OrderPayment[] {
    return order?.payment_collections?.flatMap((c) => c.payments ?? []) ?? [];
}

/** The payment staff can still capture (mark paid / COD collected), if any. */
export function capturablePayment(order: OrderRecord | undefined): OrderPayment | null {
    if (!order || order.status === 'canceled') return null;
    return orderPayments(order).find((p) => !p.captured_at && !p.canceled_at) ?? null;
}

/** Lines with units still to fulfil, and how many. */
export function itemsToFulfil(order: OrderRecord | undefined): { id: string; quantity: number }[] {
    return (order?.items ?? [])
        .map((item) => ({ id: item.id, quantity: item.quantity - (item.detail?.fulfilled_quantity ?? 0) }))
        .filter((item) => item.quantity > 0);
}

/** Live fulfilments (not cancelled). */
export function liveFulfillments(order: OrderRecord | undefined): OrderFulfillment[] {
    return (order?.fulfillments ?? []).filter((f) => !f.canceled_at);
}

/** The fulfilment waiting to be marked delivered / picked up: a pickup one ready, or a shipped one. */
export function fulfillmentToDeliver(order: OrderRecord | undefined): OrderFulfillment | null {
    if (!order || order.status === 'canceled') return null;
    const pickup = pickupPlace(order) !== null;
    return liveFulfillments(order).find((f) => !f.delivered_at && (pickup || f.shipped_at)) ?? null;
}

/** Whether the order can still be cancelled from the console (Medusa refuses after fulfilment). */
export function canCancel(order: OrderRecord | undefined): boolean {
    if (!order || order.status === 'canceled' || order.status === 'completed') return false;
    return liveFulfillments(order).length === 0;
}

/** An amount in the order's currency (VND or USD), in the console's language; raw if unreadable. */
export function formatOrderMoney(amount: unknown, currencyCode: string | undefined, locale: 'vi' | 'en'): string {
    if (typeof amount !== 'number') return amount == null ? '' : String(amount);
    try {
        return formatMoney(amount, currencyCode ?? 'vnd', locale);
    } catch {
        return String(amount);
    }
}

/** The VietQR transfer note the buyer was asked to write (`OCOP <order number>`). */
export function transferNote(order: Pick<OrderRecord, 'display_id'> | undefined): string {
    return vietQrNote(`OCOP ${order?.display_id ?? ''}`);
}
