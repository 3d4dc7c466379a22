/**
 * Origin districts of Lào Cai (docs/domain.md §4) and the showroom towns (§5).
 *
 * These are the nine district-level units of 2021. Districts were abolished on 1 July 2025, but product
 * origins keep these names because buyers know them; shipping addresses do not use them.
 */

/** The nine origin districts with Vietnamese and English names. */
export const ORIGIN_DISTRICTS = [
  { code: "lao-cai-city", nameVi: "Thành phố Lào Cai", nameEn: "Lao Cai City" },
  { code: "sa-pa", nameVi: "Thị xã Sa Pa", nameEn: "Sa Pa Town" },
  { code: "bat-xat", nameVi: "Huyện Bát Xát", nameEn: "Bat Xat District" },
  { code: "muong-khuong", nameVi: "Huyện Mường Khương", nameEn: "Muong Khuong District" },
  { code: "si-ma-cai", nameVi: "Huyện Si Ma Cai", nameEn: "Si Ma Cai District" },
  { code: "bac-ha", nameVi: "Huyện Bắc Hà", nameEn: "Bac Ha District" },
  { code: "bao-thang", nameVi: "Huyện Bảo Thắng", nameEn: "Bao Thang District" },
  { code: "bao-yen", nameVi: "Huyện Bảo Yên", nameEn: "Bao Yen District" },
  { code: "van-ban", nameVi: "Huyện Văn Bàn", nameEn: "Van Ban District" },
] as const

/** Code of an origin district. */
export type DistrictCode = (typeof ORIGIN_DISTRICTS)[number]["code"]

/** All district codes, in the order of docs/domain.md §4. */
export const DISTRICT_CODES = ORIGIN_DISTRICTS.map((d) => d.code) as readonly DistrictCode[] as readonly [
  DistrictCode,
  ...DistrictCode[],
]

/** Type guard for a district code. */
export function isDistrictCode(value: unknown): value is DistrictCode {
  return typeof value === "string" && (DISTRICT_CODES as readonly string[]).includes(value)
}

/** Display name of a district in Vietnamese or English. */
export function districtName(code: DistrictCode, locale: "vi" | "en"): string {
  const district = ORIGIN_DISTRICTS.find((d) => d.code === code)
  if (!district) throw new RangeError(`Unknown district: ${String(code)}`)
  return locale === "en" ? district.nameEn : district.nameVi
}

/** Districts with an OCOP showroom funded by the plan: Sa Pa, Bắc Hà, Lào Cai city. */
export const POINT_OF_SALE_DISTRICTS = ["sa-pa", "bac-ha", "lao-cai-city"] as const satisfies readonly DistrictCode[]

/** A district that has an OCOP showroom. */
export type PointOfSaleDistrict = (typeof POINT_OF_SALE_DISTRICTS)[number]
