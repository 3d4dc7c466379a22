/**
 * Kinds of OCOP producer (chủ thể OCOP, docs/domain.md §3) and their register status.
 */

/** Producer kinds with Vietnamese and English names. */
export const PRODUCER_KINDS = [
  { code: "cooperative", nameVi: "Hợp tác xã", nameEn: "Cooperative" },
  { code: "cooperative_group", nameVi: "Tổ hợp tác", nameEn: "Cooperative group" },
  { code: "joint_stock_company", nameVi: "Công ty Cổ phần", nameEn: "Joint-stock company" },
  { code: "limited_company", nameVi: "Công ty TNHH", nameEn: "Limited liability company" },
  { code: "household", nameVi: "Hộ sản xuất có đăng ký kinh doanh", nameEn: "Registered household business" },
] as const

/** Code of a producer kind. */
export type ProducerKind = (typeof PRODUCER_KINDS)[number]["code"]

/** All producer kind codes; cooperatives first, as the plan prioritises them. */
export const PRODUCER_KIND_CODES = PRODUCER_KINDS.map((k) => k.code) as readonly ProducerKind[] as readonly [
  ProducerKind,
  ...ProducerKind[],
]

/** Type guard for a producer kind code. */
export function isProducerKind(value: unknown): value is ProducerKind {
  return typeof value === "string" && (PRODUCER_KIND_CODES as readonly string[]).includes(value)
}

/** Display name of a producer kind in Vietnamese or English. */
export function producerKindName(code: ProducerKind, locale: "vi" | "en"): string {
  const kind = PRODUCER_KINDS.find((k) => k.code === code)
  if (!kind) throw new RangeError(`Unknown producer kind: ${String(code)}`)
  return locale === "en" ? kind.nameEn : kind.nameVi
}

/** Register status of a producer: suspended producers stay in the register but do not trade. */
export const PRODUCER_STATUSES = ["active", "suspended"] as const

/** Status of a producer in the register. */
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]
