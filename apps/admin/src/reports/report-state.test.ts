import { addDays, toIsoDate, vietnamIsoDay, vietnamToday } from "@ocop/domain"
import { describe, expect, it } from "vitest"
import { defaultState, presetOf, presetRange, searchOfState, stateFromSearch, type ReportState } from "./report-state"

describe("presets", () => {
  // The boundary is the point: 17:30 UTC on 31 January is already 1 February in Vietnam.
  const vietnamFirstOfFebruary = new Date("2026-01-31T17:30:00Z")
  const utcLastOfDecember = new Date("2026-12-31T16:59:00Z")

  it("count from today in Vietnam, not in the browser's zone", () => {
    expect(presetRange("this_month", vietnamFirstOfFebruary)).toEqual({ from: "2026-02-01", to: "2026-02-01" })
    expect(presetRange("last_month", vietnamFirstOfFebruary)).toEqual({ from: "2026-01-01", to: "2026-01-31" })
    expect(presetRange("this_year", vietnamFirstOfFebruary)).toEqual({ from: "2026-01-01", to: "2026-02-01" })
    // 23:59 in Vietnam on New Year's Eve: still the old year; last month is November, 30 days.
    expect(presetRange("this_year", utcLastOfDecember)).toEqual({ from: "2026-01-01", to: "2026-12-31" })
    expect(presetRange("last_month", utcLastOfDecember)).toEqual({ from: "2026-11-01", to: "2026-11-30" })
  })

  it("last month in January is last December", () => {
    expect(presetRange("last_month", new Date("2027-01-15T03:00:00Z"))).toEqual({
      from: "2026-12-01",
      to: "2026-12-31",
    })
  })

  it("today: this month starts on its 1st and ends today, and is recognised as the preset", () => {
    const now = new Date()
    const today = vietnamIsoDay(now)
    const range = presetRange("this_month", now)
    expect(range).toEqual({ from: `${today.slice(0, 8)}01`, to: today })
    expect(presetOf(range, now)).toBe("this_month")
    // A week ago to yesterday is no preset on any day (every preset ends today or at a month's end 28+ days long).
    const day = (n: number) => toIsoDate(addDays(vietnamToday(now), n))
    expect(presetOf({ from: day(-7), to: day(-1) }, now)).toBeNull()
  })
})

describe("the view in the link", () => {
  const now = new Date()
  const today = vietnamIsoDay(now)
  const weekAgo = toIsoDate(addDays(vietnamToday(now), -7))

  it("goes into the address and comes back the same", () => {
    const state: ReportState = {
      from: weekAgo,
      to: today,
      group_by: "sales_channel",
      filters: { producer_id: "pdcr_1", star_level: 4, district: "bac-ha", event_id: "tev_1" },
    }
    const search = searchOfState(state)
    expect(search).toBe(
      `from=${weekAgo}&to=${today}&group_by=sales_channel&producer_id=pdcr_1&district=bac-ha&star_level=4&event_id=tev_1`,
    )
    expect(stateFromSearch(`?${search}`, now)).toEqual(state)
  })

  it("a bare link is this month by day", () => {
    expect(stateFromSearch("", now)).toEqual(defaultState(now))
    expect(defaultState(now)).toEqual({ ...presetRange("this_month", now), group_by: "day", filters: {} })
  })

  it("keeps the good parts of a wrong link and falls back for the rest", () => {
    const fallback = defaultState(now)
    // Unknown grouping, a star level the API refuses, an unknown district, a stray parameter.
    expect(
      stateFromSearch(
        `from=${weekAgo}&to=${today}&group_by=hour&star_level=9&district=ha-noi&x=1&product_id=prod_1`,
        now,
      ),
    ).toEqual({
      from: weekAgo,
      to: today,
      group_by: "day",
      filters: { product_id: "prod_1" },
    })
    // An inverted range, a day that does not exist: the default range, the grouping kept.
    for (const range of [`from=${today}&to=${weekAgo}`, `from=2026-02-30&to=${today}`])
      expect(stateFromSearch(`${range}&group_by=month`, now)).toEqual({ ...fallback, group_by: "month" })
  })
})
