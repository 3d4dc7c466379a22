/**
 * OCOP star levels and the score bands of the national criteria (docs/domain.md §1).
 */

/** Every star level a product can be ranked at. */
export const STAR_LEVELS = [1, 2, 3, 4, 5] as const

/** Star levels that make a product a certified OCOP product. */
export const CERTIFIED_STAR_LEVELS = [3, 4, 5] as const

/** A star level, 1★–5★. */
export type StarLevel = (typeof STAR_LEVELS)[number]

/** A star level that carries an OCOP certificate (3★–5★). */
export type CertifiedStarLevel = (typeof CERTIFIED_STAR_LEVELS)[number]

/**
 * Score band of each star level, out of 100. `max` is the highest whole score in the band; a
 * fractional score (49.5) belongs to the band whose `min` it has reached, i.e. bands are
 * half-open [min, next min).
 */
export const SCORE_BANDS: Readonly<Record<StarLevel, { readonly min: number; readonly max: number }>> = {
  1: { min: 0, max: 29 },
  2: { min: 30, max: 49 },
  3: { min: 50, max: 69 },
  4: { min: 70, max: 89 },
  5: { min: 90, max: 100 },
}

/** Highest possible evaluation score. */
export const MAX_SCORE = 100

/** True for a finite score within 0–100. */
export function isValidScore(score: number): boolean {
  return typeof score === "number" && Number.isFinite(score) && score >= 0 && score <= MAX_SCORE
}

/** The star level a council score earns; throws RangeError outside 0–100 or for NaN/Infinity. */
export function starLevelForScore(score: number): StarLevel {
  if (!isValidScore(score)) {
    throw new RangeError(`OCOP score must be a number from 0 to 100, got ${String(score)}`)
  }
  // Walk down from 5★ so each band is [min, next band's min).
  for (let i = STAR_LEVELS.length - 1; i >= 0; i--) {
    const stars = STAR_LEVELS[i] as StarLevel
    if (score >= SCORE_BANDS[stars].min) return stars
  }
  return 1
}

/** True when `score` is a valid score that earns exactly `stars`. */
export function scoreFitsStarLevel(score: number, stars: StarLevel): boolean {
  return isValidScore(score) && starLevelForScore(score) === stars
}

/** True for 3, 4 or 5 — the levels that may carry the OCOP badge. */
export function isCertifiedStarLevel(n: unknown): n is CertifiedStarLevel {
  return n === 3 || n === 4 || n === 5
}

/** Levels of council that can certify a product. */
export const ISSUING_LEVELS = ["provincial", "national"] as const

/** Which council issued a certificate: provincial (Hội đồng cấp tỉnh) or national (cấp Trung ương). */
export type IssuingLevel = (typeof ISSUING_LEVELS)[number]

/**
 * Councils that may certify a star level. 3★ and 4★ are the province's call; 5★ only the national
 * council grants. 'national' is allowed for 3★/4★ so records imported from the national register
 * are not rejected.
 */
export function allowedIssuingLevels(stars: CertifiedStarLevel): IssuingLevel[] {
  return stars === 5 ? ["national"] : ["provincial", "national"]
}
