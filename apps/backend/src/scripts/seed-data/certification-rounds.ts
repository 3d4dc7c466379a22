import { addDays, toIsoDate, type CertifiedStarLevel } from "@ocop/domain"
import type { CertificationRound, SeedCertificate, SeedRevocation, SeedVariant } from "./types"

/**
 * Council decisions that certified the demo products (invented numbers: sample data). Each round is
 * dated by its age on the day the seed runs, so the demo keeps the same spread whatever the date:
 * `expired` ended long ago, `expiringSoon` ends within the 90 days the console warns about, the
 * others run for months or years yet. Validity is 36 months (≈ 1,096 days) from valid_from.
 */
export const ROUNDS = {
  expired: { decision_number: "4102/QĐ-UBND", issuing_level: "provincial", age_days: 1803 },
  expiringSoon: { decision_number: "2890/QĐ-UBND", issuing_level: "provincial", age_days: 1080 },
  provincialA: { decision_number: "1745/QĐ-UBND", issuing_level: "provincial", age_days: 879 },
  provincialB: { decision_number: "3312/QĐ-UBND", issuing_level: "provincial", age_days: 718 },
  provincialC: { decision_number: "1988/QĐ-UBND", issuing_level: "provincial", age_days: 480 },
  provincialD: { decision_number: "1502/QĐ-UBND", issuing_level: "provincial", age_days: 165 },
  national: { decision_number: "2216/QĐ-BNN-VPĐP", issuing_level: "national", age_days: 555 },
} as const satisfies Record<string, CertificationRound>

/**
 * The round's decision date and first valid day for a seed run on `seedDay` (a Vietnam day): the
 * council decides and the certificate takes effect the same day, `age_days` before the seed runs.
 */
export function roundDates(round: CertificationRound, seedDay: Date): { decision_date: string; valid_from: string } {
  const day = toIsoDate(addDays(seedDay, -round.age_days))
  return { decision_date: day, valid_from: day }
}

/** The day a revocation took effect, for a seed run on `seedDay`. */
export function revocationDay(revoked: SeedRevocation, seedDay: Date): string {
  return toIsoDate(addDays(seedDay, -revoked.days_ago))
}

/** A certificate of `round` at `stars` with council score `score`. */
export function cert(round: CertificationRound, star_level: CertifiedStarLevel, score: number): SeedCertificate {
  return { round, star_level, score }
}

/** A variant: option value, price in whole đồng, units in stock. */
export function v(value: string, price: number, stock: number): SeedVariant {
  return { value, price, stock }
}

/** Option titles used by the demo products. */
export const OPTION = {
  weight: "Khối lượng",
  pack: "Quy cách",
  service: "Gói dịch vụ",
  size: "Kích cỡ",
} as const
