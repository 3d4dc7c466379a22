import { describe, expect, it } from "vitest"
import { saleDayOrderCounts } from "./sale-day-counts"

describe("saleDayOrderCounts", () => {
  it("counts each order once by day, channel, place or event, with their filters", () => {
    expect(saleDayOrderCounts("day", {})).toEqual({ rows: "orders", totals: "orders" })
    expect(saleDayOrderCounts("event", { point_of_sale_id: "pos_1", sales_channel_id: "sc_1" })).toEqual({
      rows: "orders",
      totals: "orders",
    })
  })

  it("counts an order once per group in the rows but once in the totals", () => {
    expect(saleDayOrderCounts("producer", {})).toEqual({ rows: "orders_producer", totals: "orders" })
    expect(saleDayOrderCounts("star_level", {})).toEqual({ rows: "orders_star", totals: "orders" })
    expect(saleDayOrderCounts("product_group", { event_id: "ev_1" })).toEqual({
      rows: "orders_group",
      totals: "orders",
    })
  })

  it("uses the finer dimension's flag when a product or a producer fixes the others", () => {
    expect(saleDayOrderCounts("product", { star_level: 4, point_of_sale_id: "pos_1" })).toEqual({
      rows: "orders_product",
      totals: "orders_star",
    })
    expect(saleDayOrderCounts("star_level", { product_id: "prod_1" })).toEqual({
      rows: "orders_product",
      totals: "orders_product",
    })
    expect(saleDayOrderCounts("district", { producer_id: "pro_1" })).toEqual({
      rows: "orders_producer",
      totals: "orders_producer",
    })
    expect(saleDayOrderCounts("week", { district: "sa-pa" })).toEqual({
      rows: "orders_district",
      totals: "orders_district",
    })
  })

  it("has no count for two unrelated product dimensions, so the report counts distinct orders", () => {
    expect(saleDayOrderCounts("star_level", { product_group: "food" })).toBeUndefined()
    expect(saleDayOrderCounts("day", { star_level: 4, district: "sa-pa" })).toBeUndefined()
    expect(saleDayOrderCounts("producer", { star_level: 5 })).toBeUndefined()
    expect(saleDayOrderCounts("product", { star_level: 4, product_group: "food" })).toBeUndefined()
  })
})
