import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import {
  DISTRICT_CODES,
  PRODUCER_KIND_CODES,
  PRODUCT_GROUP_CODES,
  certificateStatus,
  certificationInputSchema,
  daysUntilExpiry,
  defaultValidUntil,
  isExpiringSoon,
  isInForce,
  isoDateToDate,
  isVietnamesePhone,
  producerInputSchema,
  scoreFitsStarLevel,
  vietnamToday,
} from "@ocop/domain"
import { demoCertificateNumbers } from "../seed-steps/ocop-facts"
import { SAMPLE_SALES_DAYS, sampleSalesPlan, vietnamHourOf } from "./sample-sales"
import { monogramLetters, monogramSvg } from "../seed-steps/images"
import { revocationDay, roundDates } from "./certification-rounds"
import { PRODUCERS } from "./producers"
import { PRODUCTS } from "./products"

const imagesDir = path.join(__dirname, "images")

describe("demo producers", () => {
  it("cover every district and kind with unique handles and valid register fields", () => {
    expect(PRODUCERS.length).toBeGreaterThanOrEqual(25)
    expect(new Set(PRODUCERS.map((p) => p.district))).toEqual(new Set(DISTRICT_CODES))
    expect(new Set(PRODUCERS.map((p) => p.kind))).toEqual(new Set(PRODUCER_KIND_CODES))
    expect(new Set(PRODUCERS.map((p) => p.handle)).size).toBe(PRODUCERS.length)
    expect(new Set(PRODUCERS.map((p) => p.phone)).size).toBe(PRODUCERS.length)
    for (const p of PRODUCERS) {
      expect(isVietnamesePhone(p.phone), p.phone).toBe(true)
      const { colour: _colour, ...fields } = p
      expect(
        () => producerInputSchema.parse({ ...fields, email: `lienhe@${p.handle}.example.vn` }),
        p.handle,
      ).not.toThrow()
    }
  })

  it("each make at least one product", () => {
    const makers = new Set(PRODUCTS.map((p) => p.producer))
    expect(PRODUCERS.filter((p) => !makers.has(p.handle)).map((p) => p.handle)).toEqual([])
  })
})

describe("demo products", () => {
  it("number at least 60 across the six groups and nine districts, each by a known producer", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(PRODUCTS.map((p) => p.group))).toEqual(new Set(PRODUCT_GROUP_CODES))
    expect(new Set(PRODUCTS.map((p) => p.district))).toEqual(new Set(DISTRICT_CODES))
    const producers = new Set(PRODUCERS.map((p) => p.handle))
    expect(PRODUCTS.filter((p) => !producers.has(p.producer)).map((p) => p.handle)).toEqual([])
    expect(new Set(PRODUCTS.map((p) => p.handle)).size).toBe(PRODUCTS.length)
  })

  it("have 1–3 variants priced in whole đồng between 50.000 and 1.500.000 ₫", () => {
    for (const p of PRODUCTS) {
      expect(p.variants.length, p.handle).toBeGreaterThanOrEqual(1)
      expect(p.variants.length, p.handle).toBeLessThanOrEqual(3)
      expect(new Set(p.variants.map((v) => v.value)).size, p.handle).toBe(p.variants.length)
      for (const v of p.variants) {
        expect(Number.isInteger(v.price), p.handle).toBe(true)
        expect(v.price, p.handle).toBeGreaterThanOrEqual(50_000)
        expect(v.price, p.handle).toBeLessThanOrEqual(1_500_000)
      }
    }
  })

  it("hold certificates that pass the shared schema, mostly 3★", () => {
    const numbers = demoCertificateNumbers(vietnamToday())
    expect(new Set(numbers.values()).size).toBe(PRODUCTS.length)
    for (const p of PRODUCTS) {
      const c = p.certificate
      expect(scoreFitsStarLevel(c.score, c.star_level), p.handle).toBe(true)
      const parsed = certificationInputSchema.safeParse({
        product_id: "prod_x",
        star_level: c.star_level,
        score: c.score,
        certificate_number: numbers.get(p.handle),
        decision_number: c.round.decision_number,
        issuing_level: c.round.issuing_level,
        ...roundDates(c.round, vietnamToday()),
      })
      expect(parsed.success, `${p.handle}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
    }
    const stars = (n: number) => PRODUCTS.filter((p) => p.certificate.star_level === n).length
    expect(stars(3)).toBeGreaterThan(stars(4))
    expect(stars(4)).toBeGreaterThan(stars(5))
    expect(stars(5)).toBeGreaterThanOrEqual(1)
  })

  // The spread the demo promises, checked with the domain's rules on the seed day and on the days
  // where calendars are tricky: the Vietnamese new year seen from UTC, a leap day, a year ahead. The
  // tricky days are the next ones from today: their shape is the point, not their year.
  const thisYear = new Date().getUTCFullYear()
  const nextLeapYear = [0, 1, 2, 3, 4]
    .map((n) => thisYear + n)
    .find((y) => new Date(Date.UTC(y, 1, 29)).getUTCDate() === 29)!
  it.each([
    ["today", new Date()],
    ["31 December 17:30 UTC", new Date(Date.UTC(thisYear, 11, 31, 17, 30))],
    ["a leap day", new Date(Date.UTC(nextLeapYear, 1, 29, 5))],
    ["a year ahead", new Date(Date.now() + 366 * 86_400_000)],
  ])("keep most certificates in force, some expiring within 90 days, one expired and one revoked (%s)", (_, now) => {
    const status = demoCertificateStatuses(now)
    const inForce = status.filter((s) => s.inForce)
    expect(inForce.length / PRODUCTS.length).toBeGreaterThan(0.9)
    expect(inForce.filter((s) => s.expiringSoon).length).toBeGreaterThanOrEqual(2)
    expect(status.filter((s) => s.status === "expired").map((s) => s.handle)).toEqual(["mat-ong-hoa-ban-van-ban"])
    expect(status.filter((s) => s.status === "revoked").map((s) => s.handle)).toEqual(["mien-dong-coc-my"])
    // The products the journeys buy stay on sale with a margin of days, whatever the date.
    for (const handle of ["nam-huong-sa-pa", "tranh-tho-cam-lao-cai"]) {
      const s = status.find((x) => x.handle === handle)!
      expect(s.inForce, handle).toBe(true)
      expect(s.daysLeft, handle).toBeGreaterThan(7)
    }
  })
})

/** Each demo certificate as the seed would write it on `now`'s Vietnam day, judged at `now`. */
function demoCertificateStatuses(now: Date) {
  const seedDay = vietnamToday(now)
  return PRODUCTS.map((p) => {
    const { valid_from } = roundDates(p.certificate.round, seedDay)
    const validFrom = isoDateToDate(valid_from)!
    const validUntil = defaultValidUntil(validFrom)
    const revoked = p.certificate.revoked
    const revokedAt = revoked ? isoDateToDate(revocationDay(revoked, seedDay)) : null
    const dates = { validFrom, validUntil, revokedAt }
    return {
      handle: p.handle,
      status: certificateStatus(dates, now),
      inForce: isInForce(dates, now),
      expiringSoon: isExpiringSoon(validUntil, now),
      daysLeft: daysUntilExpiry(validUntil, now),
    }
  })
}

describe("demo drawings", () => {
  it("exist for every product, square 800×800 and under 5 KB", () => {
    const used = new Set(PRODUCTS.map((p) => p.drawing))
    for (const name of used) {
      const file = path.join(imagesDir, `${name}.svg`)
      expect(fs.existsSync(file), name).toBe(true)
      const svg = fs.readFileSync(file, "utf8")
      expect(svg, name).toContain('viewBox="0 0 800 800"')
      expect(Buffer.byteLength(svg), name).toBeLessThan(5 * 1024)
    }
  })

  it("make producer monograms from the words after the kind", () => {
    expect(monogramLetters("HTX Chè Bản Liền")).toBe("CB")
    expect(monogramLetters("Công ty TNHH Nấm Sa Pa")).toBe("NS")
    expect(monogramLetters("Hộ kinh doanh Rượu ngô Bản Phố")).toBe("RN")
    expect(monogramSvg("Tổ hợp tác <Thủy> & sản", "#123456")).not.toMatch(/<Thủy>|& /)
  })
})

describe("the sample sales history", () => {
  const channels = [
    {
      sales_channel_id: "web",
      kind: "online" as const,
      product_ids: ["a", "b", "c"],
      opens: 7,
      closes: 23,
      per_day: 0.3,
    },
    { sales_channel_id: "sapa", kind: "showroom" as const, product_ids: ["a"], opens: 8, closes: 20, per_day: 0.18 },
  ]

  it("covers a year before now in every channel, at open hours, never in the future, the same on every run", () => {
    const now = new Date()
    const plan = sampleSalesPlan(channels, now)
    expect(sampleSalesPlan(channels, now)).toEqual(plan)
    const yearAgo = vietnamToday(now).getTime() - (SAMPLE_SALES_DAYS + 1) * 86_400_000
    for (const order of plan) {
      expect(order.at.getTime()).toBeLessThanOrEqual(now.getTime())
      expect(order.at.getTime()).toBeGreaterThan(yearAgo)
      const channel = channels.find((c) => c.sales_channel_id === order.sales_channel_id)!
      expect(vietnamHourOf(order.at)).toBeGreaterThanOrEqual(channel.opens)
      expect(vietnamHourOf(order.at)).toBeLessThan(channel.closes)
      for (const line of order.lines) {
        expect(channel.product_ids).toContain(line.product_id)
        expect(line.quantity).toBeGreaterThanOrEqual(1)
      }
      expect(new Set(order.lines.map((l) => l.product_id)).size).toBe(order.lines.length)
    }
    for (const channel of channels) {
      const count = plan.filter((o) => o.sales_channel_id === channel.sales_channel_id).length
      // About per_day a day, more at weekends and before Tết.
      expect(count).toBeGreaterThan(SAMPLE_SALES_DAYS * channel.per_day * 0.8)
      expect(count).toBeLessThan(SAMPLE_SALES_DAYS * channel.per_day * 2)
    }
  })
})
