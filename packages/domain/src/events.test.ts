import { describe, expect, it } from "vitest"
import {
  eventDaysText,
  eventSpan,
  eventTiming,
  isEventReadOnly,
  mayMoveEvent,
  sortEventsForVisitors,
  tradeEventInputSchema,
} from "./events"
import { addDays, vietnamToday } from "./vn-time"
import { toIsoDate } from "./dates"

const day = (offset: number) => toIsoDate(addDays(vietnamToday(), offset))
const event = (name: string, from: number, to: number, status: "planned" | "open" | "closed" = "planned") => ({
  name,
  status,
  ...eventSpan(day(from), day(to)),
})

describe("event statuses", () => {
  it("move planned → open → closed only, and a closed event is read-only", () => {
    expect(mayMoveEvent("planned", "open")).toBe(true)
    expect(mayMoveEvent("open", "closed")).toBe(true)
    expect(mayMoveEvent("planned", "closed")).toBe(false)
    expect(mayMoveEvent("closed", "open")).toBe(false)
    expect(isEventReadOnly("closed")).toBe(true)
    expect(isEventReadOnly("open")).toBe(false)
  })
})

describe("event timing", () => {
  it("spans whole Vietnam days, last day included", () => {
    const span = eventSpan("2026-03-01", "2026-03-03")
    expect(span.starts_at.toISOString()).toBe("2026-02-28T17:00:00.000Z")
    expect(span.ends_at.toISOString()).toBe("2026-03-03T17:00:00.000Z")
    expect(eventTiming({ ...span, status: "open" }, new Date("2026-03-03T16:59:00Z"))).toBe("running")
    expect(eventTiming({ ...span, status: "open" }, new Date("2026-03-03T17:00:00Z"))).toBe("past")
    expect(eventDaysText(span)).toBe("01/03/2026 – 03/03/2026")
    expect(eventDaysText(eventSpan("2026-03-01", "2026-03-01"))).toBe("01/03/2026")
    expect(eventTiming({ ...span, status: "closed" }, new Date("2026-03-02T00:00:00Z"))).toBe("past")
  })

  it("lists running events first, then coming, then past", () => {
    const sorted = sortEventsForVisitors([
      event("old", -40, -38, "closed"),
      event("later", 30, 32),
      event("now", -1, 2, "open"),
      event("older", -90, -88, "closed"),
      event("soon", 5, 6),
    ])
    expect(sorted.map((e) => e.name)).toEqual(["now", "soon", "later", "old", "older"])
  })
})

describe("event input", () => {
  it("refuses an event that ends before it starts", () => {
    const parsed = tradeEventInputSchema.safeParse({
      handle: "hoi-cho",
      name: "Hội chợ",
      name_en: "Fair",
      kind: "fair",
      province: "Hà Nội",
      address: "Giảng Võ",
      starts_on: day(3),
      ends_on: day(1),
      organiser: "Sở Công Thương",
      revenue_target: "1000000",
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(["ends_on"])
  })
})
