/**
 * The six OCOP product groups of the national criteria (docs/domain.md §2).
 */

/** Product groups with their Vietnamese and English names. */
export const PRODUCT_GROUPS = [
  { code: "food", nameVi: "Thực phẩm", nameEn: "Food" },
  { code: "beverage", nameVi: "Đồ uống", nameEn: "Beverages" },
  { code: "herbal", nameVi: "Thảo dược", nameEn: "Herbal and medicinal products" },
  { code: "textile", nameVi: "Vải và may mặc", nameEn: "Textiles and garments" },
  { code: "souvenir", nameVi: "Lưu niệm – nội thất – trang trí", nameEn: "Souvenirs, furniture and decoration" },
  {
    code: "tourism",
    nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    nameEn: "Community tourism, eco-tourism and tourist sites",
  },
] as const

/** Code of a product group. */
export type ProductGroupCode = (typeof PRODUCT_GROUPS)[number]["code"]

/** All product group codes, in display order. */
export const PRODUCT_GROUP_CODES = PRODUCT_GROUPS.map((g) => g.code) as readonly ProductGroupCode[] as readonly [
  ProductGroupCode,
  ...ProductGroupCode[],
]

/** Type guard for a product group code. */
export function isProductGroupCode(value: unknown): value is ProductGroupCode {
  return typeof value === "string" && (PRODUCT_GROUP_CODES as readonly string[]).includes(value)
}

/** Display name of a product group in Vietnamese or English. */
export function productGroupName(code: ProductGroupCode, locale: "vi" | "en"): string {
  const group = PRODUCT_GROUPS.find((g) => g.code === code)
  if (!group) throw new RangeError(`Unknown product group: ${String(code)}`)
  return locale === "en" ? group.nameEn : group.nameVi
}
