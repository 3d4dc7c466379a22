import { z } from "zod"

const integerParam = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v === "" ? undefined : v),
    z
      .number({ error: "invalid_value" })
      .int("invalid_value")
      .min(min, "invalid_value")
      .max(max, "invalid_value")
      .default(fallback),
  )

/**
 * limit, offset and order ("name" ascending, "-created_at" descending) for admin lists; order is
 * limited to indexed, meaningful columns. The primary key `id` is always accepted: it is what
 * react-admin sends when a screen names no sort (pickers, dashboard counts).
 */
export function pageFields<T extends string>(orderable: readonly T[], defaultOrder: string) {
  const orders = [...orderable, "id"].flatMap((c) => [c, `-${c}`]) as [string, ...string[]]
  return {
    limit: integerParam(1, 200, 20),
    offset: integerParam(0, Number.MAX_SAFE_INTEGER, 0),
    order: z.enum(orders, { error: "invalid_value" }).default(defaultOrder),
  }
}

/**
 * `id=a&id=b`: the records a generic list client (react-admin's getMany) asks for by id; one id
 * arrives as a string, several as an array.
 */
export const idListParam = z
  .preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.string().trim().min(1).max(100)).max(200, "too_long"))
  .optional()

/**
 * "-created_at" → { created_at: "DESC", id: "ASC" } for the module services: the id breaks ties so
 * that paging never shows a row twice or skips one.
 */
export function orderOf(order: string): Record<string, "ASC" | "DESC"> {
  const column = order.replace(/^-/, "")
  const direction = order.startsWith("-") ? "DESC" : "ASC"
  return column === "id" ? { id: direction } : { [column]: direction, id: "ASC" }
}

/**
 * The list filters a query names, copied as they are: each of `keys` whose value is set (an empty
 * string counts as not set). Filters that need translating are added by the route afterwards.
 */
export function filtersFrom<Q extends object>(query: Q, keys: readonly (keyof Q & string)[]): Record<string, unknown> {
  const filters: Record<string, unknown> = {}
  for (const key of keys) if (query[key]) filters[key] = query[key]
  return filters
}
