import { foldVietnamese } from "@ocop/domain"

// Vietnamese letters by the plain letter they fold to ("e" → e, é, è, ẻ, ẽ, ẹ, ê, ế, …).
const VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
const VARIANTS = new Map<string, string>()
for (const letter of VIETNAMESE_LETTERS) {
  const plain = foldVietnamese(letter)
  VARIANTS.set(plain, (VARIANTS.get(plain) ?? plain + plain.toUpperCase()) + letter + letter.toUpperCase())
}

/**
 * A regular expression that finds a folded search word in text with its Vietnamese marks:
 * "nguyen" → "ngu[yYýÝ…][eEéÉ…]n", so the stored names need no folded copy. Search words are
 * letters and digits only (searchTokens), so nothing in them is a regex operator.
 */
export function markInsensitivePattern(token: string): string {
  return [...token].map((ch) => (VARIANTS.has(ch) ? `[${VARIANTS.get(ch)}]` : ch)).join("")
}

/** Per-order subqueries, each joined only when a column needs it. */
const LATERALS = {
  summary: `LEFT JOIN LATERAL (
  SELECT s.totals FROM order_summary s WHERE s.order_id = o.id AND s.deleted_at IS NULL ORDER BY s.version DESC LIMIT 1
) summary ON true`,
  shipping: `LEFT JOIN LATERAL (
  SELECT m.name, m.shipping_option_id FROM order_shipping os
  JOIN order_shipping_method m ON m.id = os.shipping_method_id AND m.deleted_at IS NULL
  WHERE os.order_id = o.id AND os.deleted_at IS NULL AND os.return_id IS NULL AND os.claim_id IS NULL AND os.exchange_id IS NULL
  ORDER BY os.version DESC, m.created_at LIMIT 1
) sm ON true
LEFT JOIN LATERAL (
  SELECT p.stock_location_id AS location_id, p.name, p.code
  FROM shipping_option so
  JOIN service_zone sz ON sz.id = so.service_zone_id
  JOIN fulfillment_set fs ON fs.id = sz.fulfillment_set_id AND fs.type = 'pickup'
  JOIN point_of_sale p ON p.code = so.data->>'point_of_sale' AND p.deleted_at IS NULL
  WHERE so.id = sm.shipping_option_id LIMIT 1
) pos ON true`,
  payments: `LEFT JOIN LATERAL (
  SELECT count(*) AS n,
    count(*) FILTER (WHERE c.status = 'canceled') AS canceled,
    count(*) FILTER (WHERE c.status = 'authorized') AS authorized,
    count(*) FILTER (WHERE c.status = 'awaiting') AS awaiting,
    coalesce(sum(CASE WHEN coalesce(c.captured_amount, 0) > 0 OR c.amount = 0
      THEN CASE WHEN c.amount - coalesce(c.captured_amount, 0) <= 0.001 THEN 1 ELSE 0.5 END ELSE 0 END), 0) AS captured,
    coalesce(sum(CASE WHEN coalesce(c.refunded_amount, 0) > 0
      THEN CASE WHEN c.amount - c.refunded_amount <= 0.001 THEN 1 ELSE 0.5 END ELSE 0 END), 0) AS refunded
  FROM order_payment_collection opc
  JOIN payment_collection c ON c.id = opc.payment_collection_id AND c.deleted_at IS NULL
  WHERE opc.order_id = o.id AND opc.deleted_at IS NULL
) pc ON true`,
  provider: `LEFT JOIN LATERAL (
  SELECT p.provider_id FROM order_payment_collection opc
  JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
  WHERE opc.order_id = o.id AND opc.deleted_at IS NULL
  ORDER BY p.created_at DESC LIMIT 1
) pay ON true`,
  fulfilments: `LEFT JOIN LATERAL (
  SELECT count(*) AS n,
    count(*) FILTER (WHERE f.canceled_at IS NOT NULL) AS canceled,
    count(*) FILTER (WHERE f.canceled_at IS NULL AND f.delivered_at IS NOT NULL) AS delivered,
    count(*) FILTER (WHERE f.canceled_at IS NULL AND f.delivered_at IS NULL AND f.shipped_at IS NOT NULL) AS shipped,
    count(*) FILTER (WHERE f.canceled_at IS NULL AND f.delivered_at IS NULL AND f.shipped_at IS NULL AND f.packed_at IS NOT NULL) AS packed
  FROM order_fulfillment ofl
  JOIN fulfillment f ON f.id = ofl.fulfillment_id AND f.deleted_at IS NULL
  WHERE ofl.order_id = o.id AND ofl.deleted_at IS NULL
) fl ON true
LEFT JOIN LATERAL (
  SELECT EXISTS (
    SELECT 1 FROM order_item oi
    WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL AND oi.fulfilled_quantity < oi.quantity
  ) AS any
) open ON true`,
} as const

type Lateral = keyof typeof LATERALS

/**
 * The facts of an order the console shows and filters on, computed as Medusa computes them: the
 * payment status from the payment collections (getLastPaymentStatus), the fulfilment status from
 * the fulfilments and unfulfilled lines (getLastFulfillmentStatus), pickup from the fulfillment
 * set behind the shipping option, and the place from its stock location (decision 008).
 */
const COLUMNS: Record<string, { sql: string; needs?: Lateral }> = {
  email: { sql: "o.email" },
  currency_code: { sql: "o.currency_code" },
  cancel_reason: { sql: "o.metadata->>'cancel_reason'" },
  customer_name: {
    sql: "NULLIF(concat_ws(' ', coalesce(a.last_name, c.last_name), coalesce(a.first_name, c.first_name)), '')",
  },
  phone: { sql: "coalesce(a.phone, c.phone)" },
  search_text: { sql: "concat_ws(' ', a.last_name, a.first_name, c.last_name, c.first_name, o.email)" },
  phone_digits: { sql: "regexp_replace(concat_ws(' ', a.phone, c.phone), '[^0-9]', '', 'g')" },
  total: { sql: "(summary.totals->>'current_order_total')::numeric", needs: "summary" },
  shipping_method: { sql: "sm.name", needs: "shipping" },
  delivery: { sql: "CASE WHEN pos.location_id IS NULL THEN 'ship' ELSE 'pickup' END", needs: "shipping" },
  pickup_code: { sql: "pos.code", needs: "shipping" },
  pickup_name: { sql: "pos.name", needs: "shipping" },
  provider_id: { sql: "pay.provider_id", needs: "provider" },
  payment_status: {
    needs: "payments",
    sql: `CASE
    WHEN pc.refunded > 0 THEN CASE WHEN pc.refunded = pc.captured THEN 'refunded' ELSE 'partially_refunded' END
    WHEN pc.captured > 0 THEN CASE WHEN pc.captured = pc.n - pc.canceled THEN 'captured' ELSE 'partially_captured' END
    WHEN pc.authorized > 0 THEN CASE WHEN pc.authorized = pc.n - pc.canceled THEN 'authorized' ELSE 'partially_authorized' END
    WHEN pc.canceled > 0 AND pc.canceled = pc.n THEN 'canceled'
    WHEN pc.awaiting > 0 THEN 'awaiting'
    ELSE 'not_paid'
  END`,
  },
  fulfillment_status: {
    needs: "fulfilments",
    sql: `CASE
    WHEN fl.delivered > 0 THEN CASE WHEN fl.delivered = fl.n - fl.canceled AND NOT open.any THEN 'delivered' ELSE 'partially_delivered' END
    WHEN fl.shipped > 0 THEN CASE WHEN fl.shipped = fl.n - fl.canceled AND NOT open.any THEN 'shipped' ELSE 'partially_shipped' END
    WHEN fl.packed > 0 THEN CASE WHEN fl.packed = fl.n - fl.canceled AND NOT open.any THEN 'fulfilled' ELSE 'partially_fulfilled' END
    WHEN fl.canceled > 0 AND fl.canceled = fl.n THEN 'canceled'
    ELSE 'not_fulfilled'
  END`,
  },
}

export type FactColumn = keyof typeof COLUMNS

/** Every column a list row shows. */
export const ROW_COLUMNS = Object.keys(COLUMNS).filter(
  (c) => c !== "search_text" && c !== "phone_digits",
) as FactColumn[]

/**
 * SELECT of the orders' facts with only `columns` computed and only the subqueries they need joined,
 * so that filtering and sorting all orders stays cheap and the full row is computed for one page.
 * Built from the constant fragments above only: every value is bound by the caller.
 */
export function factsSql(columns: readonly FactColumn[], where = ""): string {
  const laterals = new Set(columns.map((c) => COLUMNS[c]!.needs).filter((l): l is Lateral => Boolean(l)))
  const select = columns.map((c) => `${COLUMNS[c]!.sql} AS ${c}`)
  return [
    `SELECT o.id, o.display_id, o.created_at, o.status::text AS status${select.length ? `, ${select.join(", ")}` : ""}`,
    `FROM "order" o`,
    `LEFT JOIN order_address a ON a.id = o.shipping_address_id`,
    `LEFT JOIN customer c ON c.id = o.customer_id`,
    ...[...laterals].map((l) => LATERALS[l]),
    // Counter sales are orders of a place's own sales channel; they have their own list (issue 14).
    `WHERE o.deleted_at IS NULL AND o.is_draft_order = false`,
    `AND NOT EXISTS (SELECT 1 FROM point_of_sale p WHERE p.sales_channel_id = o.sales_channel_id AND p.deleted_at IS NULL)${where}`,
  ].join("\n")
}
