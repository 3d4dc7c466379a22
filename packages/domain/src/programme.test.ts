import { describe, expect, it } from "vitest"
import { PLAN_2021_TARGETS, programmeLines, programmeTargetsSchema, programmeYearSchema } from "./programme"

describe("the programme's lines", () => {
  it("give the gap where both sides are known, and leave an unknown unknown", () => {
    const lines = programmeLines(PLAN_2021_TARGETS, {
      certified_3_star: 27,
      certified_4_star: 3,
      certified_5_star: 0,
      new_organisations: 7,
      support_vnd: null,
    })
    expect(lines.map((l) => [l.measure, l.gap])).toEqual([
      ["certified_3_star", -2],
      ["certified_4_star", 2],
      ["certified_5_star", 0],
      ["new_organisations", 0],
      ["support_vnd", null],
    ])
    expect(programmeLines(null, { ...PLAN_2021_TARGETS }).every((l) => l.target === null && l.gap === null)).toBe(true)
  })

  it("hold the 2021 plan: 25 × 15 M + 5 × 30 M = 525 M đồng (docs/domain.md §7)", () => {
    const { certified_3_star, certified_4_star, support_vnd } = PLAN_2021_TARGETS
    expect(certified_3_star * 15_000_000 + certified_4_star * 30_000_000).toBe(support_vnd)
  })

  it("take whole non-negative counts, whole đồng and a year the programme knows", () => {
    expect(programmeTargetsSchema.safeParse({ ...PLAN_2021_TARGETS, new_organisations: "8" }).success).toBe(true)
    const bad = programmeTargetsSchema.safeParse({ ...PLAN_2021_TARGETS, certified_3_star: -1, support_vnd: 1.5 })
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path[0]).sort()).toEqual([
      "certified_3_star",
      "support_vnd",
    ])
    expect(programmeTargetsSchema.safeParse({ ...PLAN_2021_TARGETS, extra: 1 }).success).toBe(false)
    expect(programmeYearSchema.safeParse("2021").data).toBe(2021)
    for (const year of ["2018", "abc", "2021.5"]) expect(programmeYearSchema.safeParse(year).success).toBe(false)
  })
})
