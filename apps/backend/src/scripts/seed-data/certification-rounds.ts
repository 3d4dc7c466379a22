import type { CertifiedStarLevel } from "@ocop/domain"
import type { CertificationRound, SeedCertificate, SeedVariant } from "./types"

/**
 * Council decisions that certified the demo products (invented numbers and dates: sample data).
 * Validity is 36 months from valid_from, so with the demo run in 2026 the 2021 round has expired and
 * the December 2023 round is about to.
 */
export const ROUNDS = {
  y2021: {
    decision_number: "4102/QĐ-UBND",
    decision_date: "2021-12-27",
    valid_from: "2021-12-27",
    issuing_level: "provincial",
  },
  y2023: {
    decision_number: "2890/QĐ-UBND",
    decision_date: "2023-12-20",
    valid_from: "2023-12-20",
    issuing_level: "provincial",
  },
  y2024a: {
    decision_number: "1745/QĐ-UBND",
    decision_date: "2024-07-08",
    valid_from: "2024-07-08",
    issuing_level: "provincial",
  },
  y2024b: {
    decision_number: "3312/QĐ-UBND",
    decision_date: "2024-12-16",
    valid_from: "2024-12-16",
    issuing_level: "provincial",
  },
  y2025: {
    decision_number: "1988/QĐ-UBND",
    decision_date: "2025-08-11",
    valid_from: "2025-08-11",
    issuing_level: "provincial",
  },
  y2026: {
    decision_number: "1502/QĐ-UBND",
    decision_date: "2026-06-22",
    valid_from: "2026-06-22",
    issuing_level: "provincial",
  },
  national2025: {
    decision_number: "2216/QĐ-BNN-VPĐP",
    decision_date: "2025-05-28",
    valid_from: "2025-05-28",
    issuing_level: "national",
  },
} as const satisfies Record<string, CertificationRound>

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
