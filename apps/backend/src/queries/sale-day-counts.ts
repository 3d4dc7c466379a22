import type { SalesReportFilters, SalesReportGroup } from "@ocop/domain"
import type { SaleDayOrderCount } from "./sale-days"

/** The dimensions that belong to a product rather than to its order (decision 029, "Sale days"). */
type ProductDimension = "product" | "producer" | "district" | "star_level" | "product_group"

const GROUP_DIMENSION: Partial<Record<SalesReportGroup, ProductDimension>> = {
  product: "product",
  producer: "producer",
  district: "district",
  star_level: "star_level",
  product_group: "product_group",
}

const FILTER_DIMENSION: Partial<Record<keyof SalesReportFilters, ProductDimension>> = {
  product_id: "product",
  producer_id: "producer",
  district: "district",
  star_level: "star_level",
  product_group: "product_group",
}

const COUNT_OF: Record<ProductDimension, SaleDayOrderCount> = {
  product: "orders_product",
  producer: "orders_producer",
  district: "orders_district",
  star_level: "orders_star",
  product_group: "orders_group",
}

/**
 * The flag that counts each order once among lines sharing the given product dimensions' values, if
 * one does. Orders count once among lines of one day, channel… (`orders`). A product fixes every
 * other dimension, and a producer its district, so the finer one's flag serves; two unrelated ones
 * (a star level and a group) have no flag of their own.
 */
function countFor(dimensions: Set<ProductDimension>): SaleDayOrderCount | undefined {
  if (dimensions.size === 0) return "orders"
  if (dimensions.has("product")) return "orders_product"
  if ([...dimensions].every((d) => d === "producer" || d === "district"))
    return dimensions.has("producer") ? "orders_producer" : "orders_district"
  if (dimensions.size === 1) return COUNT_OF[[...dimensions][0]]
  return undefined
}

/** The sale day column counting a report's rows' orders, and the one counting its totals'. */
export type SaleDayOrderCounts = { rows: SaleDayOrderCount; totals: SaleDayOrderCount }

/**
 * Which order count of the sale days answers a report, for its rows (lines sharing the group and
 * passing the filters) and for its totals (lines passing the filters); undefined when none does and
 * the report must count distinct orders over the sale lines.
 */
export function saleDayOrderCounts(
  groupBy: SalesReportGroup,
  filters: SalesReportFilters,
): SaleDayOrderCounts | undefined {
  const filtered = new Set<ProductDimension>()
  for (const [name, value] of Object.entries(filters)) {
    const dimension = FILTER_DIMENSION[name as keyof SalesReportFilters]
    if (value !== undefined && dimension) filtered.add(dimension)
  }
  const grouped = GROUP_DIMENSION[groupBy]
  const totals = countFor(filtered)
  const rows = countFor(grouped ? new Set([...filtered, grouped]) : filtered)
  return rows && totals ? { rows, totals } : undefined
}
