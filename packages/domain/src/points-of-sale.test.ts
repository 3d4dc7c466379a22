import { describe, expect, it } from "vitest"
import { countedCash, differenceNeedsNote, expectedCash } from "./cash-registers"
import {
  describeOpeningHours,
  isOpenAt,
  listedToBuyers,
  mapLinkOf,
  pointOfSaleInputSchema,
  pointOfSaleUpdateSchema,
} from "./points-of-sale"
import { receiptLineProblem, transferInputSchema } from "./stock-transfers"

const hours = [{ days: [1, 2, 3, 4, 5, 6, 7], opens: "07:30", closes: "21:30" }]

describe("places of sale", () => {
  it("lists a paused showroom to buyers but a booth only while its event is open", () => {
    expect(listedToBuyers({ kind: "showroom", status: "paused" })).toBe(true)
    expect(listedToBuyers({ kind: "showroom", status: "closed" })).toBe(false)
    expect(listedToBuyers({ kind: "booth", status: "active" })).toBe(true)
    expect(listedToBuyers({ kind: "booth", status: "paused" })).toBe(false)
  })

  it("is open by Vietnam time whatever the server's zone", () => {
    // 00:30 UTC is 07:30 in Vietnam; 14:29 UTC is 21:29.
    expect(isOpenAt(hours, new Date(Date.UTC(2026, 0, 5, 0, 30)))).toBe(true)
    expect(isOpenAt(hours, new Date(Date.UTC(2026, 0, 5, 0, 29)))).toBe(false)
    expect(isOpenAt(hours, new Date(Date.UTC(2026, 0, 5, 14, 29)))).toBe(true)
    expect(isOpenAt(hours, new Date(Date.UTC(2026, 0, 5, 14, 30)))).toBe(false)
    const weekdays = [{ days: [1, 2, 3, 4, 5], opens: "08:00", closes: "17:00" }]
    // 2026-01-04 is a Sunday.
    expect(isOpenAt(weekdays, new Date(Date.UTC(2026, 0, 4, 3, 0)))).toBe(false)
    expect(describeOpeningHours(hours)).toEqual(["Hằng ngày: 07:30–21:30"])
    expect(describeOpeningHours(weekdays, "en")).toEqual(["Mon – Fri: 08:00–17:00"])
  })

  it("changes only the fields an update names, leaving the rest to keep their values", () => {
    expect(pointOfSaleUpdateSchema.parse({ low_stock_threshold: "1" })).toEqual({ low_stock_threshold: 1 })
    expect(pointOfSaleUpdateSchema.safeParse({ code: "khac" }).success).toBe(false)
    expect(
      pointOfSaleInputSchema.parse({
        code: "a-b",
        handle: "a-b",
        name: "Điểm",
        address_1: "Số 1",
        ward: "Phường Sa Pa",
      }),
    ).toMatchObject({ status: "active", opening_hours: [], discount_limit_percent: 10, low_stock_threshold: 5 })
  })

  it("validates a showroom with a two-level address", () => {
    const parsed = pointOfSaleInputSchema.safeParse({
      code: "sa-pa",
      handle: "sa-pa",
      name: "Điểm bán OCOP Sa Pa",
      address_1: "Số 2 phố Cầu Mây",
      ward: "Phường Sa Pa",
      opening_hours: hours,
      seller_tax_code: "5300123456",
    })
    expect(parsed.success).toBe(true)
    const bad = pointOfSaleInputSchema.safeParse({
      code: "Sa Pa",
      handle: "sa-pa",
      name: "x",
      address_1: "",
      ward: "P",
      opening_hours: [{ days: [8], opens: "21:00", closes: "07:00" }],
    })
    expect(bad.success).toBe(false)
    expect(mapLinkOf({ latitude: 22.33, longitude: 103.84, name: "x" })).toContain("query=22.33%2C103.84")
  })

  it("counts cash and flags a difference above the threshold", () => {
    expect(countedCash({ "500000": 2, "10000": 3, "500": 1 })).toBe(1_030_500)
    expect(expectedCash([{ amount: 500_000 }, { amount: 120_000 }, { amount: -20_000 }])).toBe(600_000)
    expect(differenceNeedsNote(-20_001, 20_000)).toBe(true)
    expect(differenceNeedsNote(20_000, 20_000)).toBe(false)
  })

  it("checks transfers and what was counted on arrival", () => {
    expect(
      transferInputSchema.safeParse({
        from_location_id: "a",
        to_location_id: "a",
        lines: [{ variant_id: "v", quantity: 1 }],
      }).success,
    ).toBe(false)
    expect(receiptLineProblem(5, { received_quantity: 6 })).toBe("over_received")
    expect(receiptLineProblem(5, { received_quantity: 4 })).toBe("loss_reason_required")
    expect(receiptLineProblem(5, { received_quantity: 4, loss_reason: "damaged" })).toBeNull()
    expect(receiptLineProblem(5, { received_quantity: 5 })).toBeNull()
  })
})

describe("cash counts", () => {
  it("accept any subset of the notes and coins, and nothing else", async () => {
    const { cashCountSchema } = await import("./cash-registers")
    expect(cashCountSchema.safeParse({ "200000": 2 }).success).toBe(true)
    expect(cashCountSchema.safeParse({ "300000": 1 }).success).toBe(false)
    expect(cashCountSchema.safeParse({ "1000": -1 }).success).toBe(false)
  })
})
