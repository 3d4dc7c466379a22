import { VIETNAM_UTC_OFFSET_MS, addDays, toIsoDate, vietnamDayRange, vietnamToday } from "@ocop/domain"

/** Days of sample sales history before the seed day (and the seed day itself, up to the hour it runs). */
export const SAMPLE_SALES_DAYS = 365

/** Marks every sample order (`metadata.sample_set`), so the seed finds them again and nobody mistakes them for sales. */
export const SAMPLE_SALES_SET = "sales-history"

/** A channel the history sells through: the shop online, or a showroom's counter with what it keeps. */
export type SampleChannel = {
  sales_channel_id: string
  kind: "online" | "showroom"
  /** Products it sells (a showroom its shelf's); the shop all of them. */
  product_ids: readonly string[]
  /** Hours (Vietnam time) sales fall between. */
  opens: number
  closes: number
  /** Orders on a weekday; weekends and Tết sell more. */
  per_day: number
}

export type SampleOrder = {
  sales_channel_id: string
  at: Date
  lines: { product_id: string; quantity: number }[]
}

/** A small deterministic generator (mulberry32): the same history on every run of the same day. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** More buyers on Saturdays and Sundays, and in the weeks before Tết (January–February). */
function demand(day: Date): number {
  const weekday = new Date(day.getTime()).getUTCDay()
  const weekend = weekday === 0 || weekday === 6 ? 1.6 : 1
  const month = new Date(day.getTime()).getUTCMonth() + 1
  return weekend * (month === 1 || month === 2 ? 1.5 : 1)
}

/**
 * A year of sales (issue 16's demo data) up to `now`, dated relative to it (decision 016): for each
 * Vietnam day and channel a few orders of one to three products, one to four units each, at an hour
 * the channel is open, never later than `now`. The amounts come from the products' prices when the
 * orders are made.
 */
export function sampleSalesPlan(channels: readonly SampleChannel[], now = new Date(), seed = 16): SampleOrder[] {
  const random = seededRandom(seed)
  const today = vietnamToday(now)
  const orders: SampleOrder[] = []
  for (let back = SAMPLE_SALES_DAYS; back >= 0; back--) {
    const day = addDays(today, -back)
    const start = vietnamDayRange(toIsoDate(day)).start.getTime()
    for (const channel of channels) {
      if (channel.product_ids.length === 0) continue
      const expected = channel.per_day * demand(day)
      const count = Math.floor(expected + random())
      for (let n = 0; n < count; n++) {
        const hour = channel.opens + random() * (channel.closes - channel.opens)
        const at = new Date(start + hour * 3_600_000)
        if (at.getTime() > now.getTime()) continue
        const picked = new Set<string>()
        const lines = 1 + Math.floor(random() * 4)
        for (let l = 0; l < lines; l++) {
          picked.add(channel.product_ids[Math.floor(random() * channel.product_ids.length)]!)
        }
        orders.push({
          sales_channel_id: channel.sales_channel_id,
          at,
          lines: [...picked].map((product_id) => ({ product_id, quantity: 1 + Math.floor(random() * 5) })),
        })
      }
    }
  }
  return orders
}

/** The Vietnam hour of an instant, for tests. */
export const vietnamHourOf = (at: Date) => new Date(at.getTime() + VIETNAM_UTC_OFFSET_MS).getUTCHours()
