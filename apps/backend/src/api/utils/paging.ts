import { z } from "zod"

const integerParam = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v === "" ? undefined : v),
    z.number({ error: "invalid_value" }).int("invalid_value").min(min, "invalid_value").max(max, "invalid_value").default(fallback)
  )

/**
 * limit, offset and order ("name" ascending, "-created_at" descending) for admin lists; order is
 * limited to indexed, meaningful columns.
 */
export function pageFields<T extends string>(orderable: readonly T[], defaultOrder: string) {
  const orders = orderable.flatMap((c) => [c, `-${c}`]) as [string, ...string[]]
  return {
    limit: integerParam(1, 200, 20),
    offset: integerParam(0, Number.MAX_SAFE_INTEGER, 0),
    order: z.enum(orders, { error: "invalid_value" }).default(defaultOrder),
  }
}

/** "-created_at" → { created_at: "DESC" } for the module services. */
export function orderOf(order: string): Record<string, "ASC" | "DESC"> {
  return order.startsWith("-") ? { [order.slice(1)]: "DESC" } : { [order]: "ASC" }
}
