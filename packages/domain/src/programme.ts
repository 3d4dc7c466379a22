import { z } from "zod"
import { requiredOr, vndAmountSchema } from "./schemas"

/**
 * The OCOP programme's yearly targets against what the register shows (issue 16, docs/domain.md §7):
 * products certified at each star level, new economic organisations and the direct support paid.
 */

/** What the panel measures, one line each, in the order of the province's report. */
export const PROGRAMME_MEASURES = [
  "certified_3_star",
  "certified_4_star",
  "certified_5_star",
  "new_organisations",
  "support_vnd",
] as const

/** One measure of the programme. */
export type ProgrammeMeasure = (typeof PROGRAMME_MEASURES)[number]

/** A year's targets: counts, and đồng for the support. */
export type ProgrammeTargets = Record<ProgrammeMeasure, number>

/** The measures' names in the panel and the exported file. */
export const PROGRAMME_MEASURE_NAMES: Readonly<Record<ProgrammeMeasure, { vi: string; en: string }>> = {
  certified_3_star: { vi: "Sản phẩm được công nhận 3 sao", en: "Products certified 3 stars" },
  certified_4_star: { vi: "Sản phẩm được công nhận 4 sao", en: "Products certified 4 stars" },
  certified_5_star: { vi: "Sản phẩm được công nhận 5 sao", en: "Products certified 5 stars" },
  new_organisations: { vi: "Tổ chức kinh tế mới tham gia OCOP", en: "New economic organisations in OCOP" },
  support_vnd: { vi: "Kinh phí hỗ trợ đã chi (đồng)", en: "Support paid (VND)" },
}

/**
 * The 2021 plan's targets (docs/domain.md §7): 25 products at 3★ and 5 at 4★, at least 7 new economic
 * organisations, 525 million đồng of direct support (Resolution 26/2020/NQ-HĐND).
 */
export const PLAN_2021_TARGETS: ProgrammeTargets = {
  certified_3_star: 25,
  certified_4_star: 5,
  certified_5_star: 0,
  new_organisations: 7,
  support_vnd: 525_000_000,
}

/** The first year the panel knows: the province's OCOP programme began in 2019. */
export const PROGRAMME_FIRST_YEAR = 2019

/** A programme year, from the URL or a form: 2019 to 2100. */
export const programmeYearSchema = z.coerce
  .number({ error: requiredOr("invalid_value") })
  .int("invalid_value")
  .min(PROGRAMME_FIRST_YEAR, "invalid_value")
  .max(2100, "invalid_value")

const count = z.coerce
  .number({ error: requiredOr("invalid_value") })
  .int("invalid_value")
  .min(0, "invalid_value")
  .max(10_000, "invalid_value")

/** POST /admin/programme/:year: the year's whole set of targets. */
export const programmeTargetsSchema = z
  .object({
    certified_3_star: count,
    certified_4_star: count,
    certified_5_star: count,
    new_organisations: count,
    support_vnd: vndAmountSchema,
  })
  .strict()

/** What the register and the payouts show for a year; `null` where nothing records it yet. */
export type ProgrammeActuals = Record<ProgrammeMeasure, number | null>

/** One line of the panel: the target (if set), what was done (if recorded) and the gap still to close. */
export type ProgrammeLine = {
  measure: ProgrammeMeasure
  target: number | null
  actual: number | null
  /** Target minus actual when both are known: positive is still to do, negative is beyond the target. */
  gap: number | null
}

/** GET /admin/programme/:year. */
export type ProgrammePanel = { year: number; targets: ProgrammeTargets | null; lines: ProgrammeLine[] }

/** The panel's lines: each measure's target, actual and gap; unknown stays unknown, never 0. */
export function programmeLines(targets: ProgrammeTargets | null, actuals: ProgrammeActuals): ProgrammeLine[] {
  return PROGRAMME_MEASURES.map((measure) => {
    const target = targets ? targets[measure] : null
    const actual = actuals[measure]
    return { measure, target, actual, gap: target === null || actual === null ? null : target - actual }
  })
}
