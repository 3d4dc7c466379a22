import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  allowedIssuingLevels,
  CERTIFIED_STAR_LEVELS,
  isCertifiedStarLevel,
  SCORE_BANDS,
  scoreFitsStarLevel,
  STAR_LEVELS,
  starLevelForScore,
} from "./stars"

describe("starLevelForScore", () => {
  it.each([
    [0, 1],
    [29, 1],
    [29.9, 1],
    [30, 2],
    [49, 2],
    [49.5, 2],
    [50, 3],
    [69, 3],
    [69.99, 3],
    [70, 4],
    [89, 4],
    [89.5, 4],
    [90, 5],
    [100, 5],
  ])("scores %d as %d★", (score, stars) => {
    expect(starLevelForScore(score)).toBe(stars)
  })

  it.each([-0.1, 100.1, -1, 101, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d with a RangeError", (score) => {
    expect(() => starLevelForScore(score)).toThrow(RangeError)
  })

  it("puts every whole score 0–100 in exactly one band, matching SCORE_BANDS", () => {
    for (let score = 0; score <= 100; score++) {
      const bands = STAR_LEVELS.filter((s) => score >= SCORE_BANDS[s].min && score <= SCORE_BANDS[s].max)
      expect(bands).toEqual([starLevelForScore(score)])
    }
  })

  it("never gives a level whose band starts above the score (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const stars = starLevelForScore(score)
        expect(SCORE_BANDS[stars].min).toBeLessThanOrEqual(score)
        if (stars < 5) expect(score).toBeLessThan(SCORE_BANDS[(stars + 1) as 2 | 3 | 4 | 5].min)
      }),
    )
  })
})

describe("scoreFitsStarLevel", () => {
  it("accepts a score inside the band and rejects one outside", () => {
    expect(scoreFitsStarLevel(72, 4)).toBe(true)
    expect(scoreFitsStarLevel(95, 4)).toBe(false)
    expect(scoreFitsStarLevel(69, 4)).toBe(false)
    expect(scoreFitsStarLevel(90, 5)).toBe(true)
    expect(scoreFitsStarLevel(89, 5)).toBe(false)
  })

  it("rejects invalid scores instead of throwing", () => {
    expect(scoreFitsStarLevel(120, 5)).toBe(false)
    expect(scoreFitsStarLevel(Number.NaN, 1)).toBe(false)
  })
})

describe("isCertifiedStarLevel", () => {
  it("is true only for the numbers 3, 4 and 5", () => {
    expect(CERTIFIED_STAR_LEVELS.every(isCertifiedStarLevel)).toBe(true)
    for (const value of [1, 2, 6, 0, "4", 4.5, null]) expect(isCertifiedStarLevel(value)).toBe(false)
  })
})

describe("allowedIssuingLevels", () => {
  it("lets only the national council certify 5★", () => {
    expect(allowedIssuingLevels(5)).toEqual(["national"])
  })

  it("lets the province (or the national council) certify 3★ and 4★", () => {
    expect(allowedIssuingLevels(3)).toEqual(["provincial", "national"])
    expect(allowedIssuingLevels(4)).toEqual(["provincial", "national"])
  })
})
