import { describe, expect, it } from "vitest"
import { salesPeriod, thisMonth } from "./period"

describe("sales periods", () => {
  it("default to the current month in Vietnam time", () => {
    // 31 March 20:00 UTC is already 1 April in Vietnam.
    const period = thisMonth(new Date("2026-03-31T20:00:00Z"))
    expect(period.from).toBe("2026-04-01")
    expect(period.to).toBe("2026-04-30")
    expect(period.start.toISOString()).toBe("2026-03-31T17:00:00.000Z")
    expect(period.end.toISOString()).toBe("2026-04-30T17:00:00.000Z")
  })

  it("include the whole last day asked for", () => {
    const period = salesPeriod({ from: "2026-02-01", to: "2026-02-28" })
    expect(period.start.toISOString()).toBe("2026-01-31T17:00:00.000Z")
    expect(period.end.toISOString()).toBe("2026-02-28T17:00:00.000Z")
  })
})
