import {
  SALES_REPORT_GROUPS,
  addDays,
  dateOnly,
  salesReportQuerySchema,
  toIsoDate,
  vietnamCalendarDay,
  vietnamToday,
  type SalesReportFilters,
  type SalesReportGroup,
  type SalesReportQuery,
} from "@ocop/domain"

/** The reports screen's whole view: range, grouping, filters and which preset made the range. */
export type ReportState = {
  from: string
  to: string
  group_by: SalesReportGroup
  filters: SalesReportFilters
}

/** The ranges offered with one click: this month, last month, this year (Vietnam days). */
export const REPORT_PRESETS = ["this_month", "last_month", "this_year"] as const
export type ReportPreset = (typeof REPORT_PRESETS)[number]

/** The filters of the API, in the order the screen shows their pickers. */
export const REPORT_FILTERS = [
  "producer_id",
  "product_id",
  "district",
  "star_level",
  "product_group",
  "sales_channel_id",
  "point_of_sale_id",
  "event_id",
] as const satisfies readonly (keyof SalesReportFilters)[]
export type ReportFilter = (typeof REPORT_FILTERS)[number]

/**
 * A preset's Vietnam days, from today in Vietnam (not the browser's zone: a report opened at 6 a.m.
 * in Hà Nội on the 1st is this month's, whatever the laptop says). A range ends today: no sale is
 * placed tomorrow, and "this month" on the 5th is five days.
 */
export function presetRange(preset: ReportPreset, now: Date = new Date()): { from: string; to: string } {
  const today = vietnamToday(now)
  const { year, month } = vietnamCalendarDay(today)
  const to = toIsoDate(today)
  if (preset === "this_year") return { from: toIsoDate(dateOnly(year, 1, 1)), to }
  if (preset === "this_month") return { from: toIsoDate(dateOnly(year, month, 1)), to }
  // Last month: its 1st to the day before this month's 1st (dateOnly normalises month 0 to December).
  const firstOfThis = dateOnly(year, month, 1)
  return { from: toIsoDate(dateOnly(year, month - 1, 1)), to: toIsoDate(addDays(firstOfThis, -1)) }
}

/** Which preset a range is, if any: the screen marks that button as chosen. */
export function presetOf(range: { from: string; to: string }, now: Date = new Date()): ReportPreset | null {
  return (
    REPORT_PRESETS.find((p) => {
      const r = presetRange(p, now)
      return r.from === range.from && r.to === range.to
    }) ?? null
  )
}

/** The view a bare link opens: this month, by day, no filter. */
export function defaultState(now: Date = new Date()): ReportState {
  return { ...presetRange("this_month", now), group_by: "day", filters: {} }
}

/**
 * The view a link describes. The URL is typed by people and pasted from chats, so each part is
 * checked with the API's own schema: a part that does not pass (an unknown grouping, "2026-02-30",
 * a range the API refuses) falls back to the default's, and the rest of the link still holds.
 */
export function stateFromSearch(search: string, now: Date = new Date()): ReportState {
  const params = new URLSearchParams(search)
  const fallback = defaultState(now)
  const read = (name: string) => params.get(name) ?? undefined
  const group = read("group_by")
  const groupBy = (SALES_REPORT_GROUPS as readonly string[]).includes(group ?? "")
    ? (group as SalesReportGroup)
    : fallback.group_by
  const range = { from: read("from") ?? fallback.from, to: read("to") ?? fallback.to }
  const rangeOk = salesReportQuerySchema.safeParse({ ...range, group_by: groupBy }).success
  const filters: SalesReportFilters = {}
  for (const name of REPORT_FILTERS) {
    const value = read(name)
    if (value === undefined || value === "") continue
    const checked = salesReportQuerySchema.safeParse({
      from: fallback.from,
      to: fallback.to,
      group_by: "day",
      [name]: value,
    })
    if (checked.success) Object.assign(filters, { [name]: checked.data[name] })
  }
  return { ...(rangeOk ? range : { from: fallback.from, to: fallback.to }), group_by: groupBy, filters }
}

/** The link's query string for a view: range, grouping and the filters set, in a stable order. */
export function searchOfState(state: ReportState): string {
  const params = new URLSearchParams({ from: state.from, to: state.to, group_by: state.group_by })
  for (const name of REPORT_FILTERS) {
    const value = state.filters[name]
    if (value !== undefined && value !== "") params.set(name, String(value))
  }
  return params.toString()
}

/** The API's query for a view (the same names: the link and the request say the same thing). */
export function queryOfState(state: ReportState): SalesReportQuery {
  return { from: state.from, to: state.to, group_by: state.group_by, ...state.filters }
}

/** Whether a grouping is over time (a line chart) rather than by group (bars). */
export function isOverTime(groupBy: SalesReportGroup): boolean {
  return groupBy === "day" || groupBy === "week" || groupBy === "month"
}
