import { cert, OPTION, ROUNDS as R, v } from "../certification-rounds"
import type { SeedProduct } from "../types"

/** Handicrafts, silverware and decoration (group "souvenir"). */
export const SOUVENIR_PRODUCTS: SeedProduct[] = [
  {
    handle: "vong-bac-cat-cat", title: "Vòng tay bạc chạm Cát Cát", title_en: "Cát Cát engraved silver bracelet",
    description: "Vòng bạc chạm tay hoa văn H'Mông, bạc 92,5 %, làm tại bản Cát Cát.",
    description_en: "A sterling-silver bracelet hand-engraved with Hmong patterns in Cát Cát village.",
    group: "souvenir", district: "sa-pa", producer: "hkd-trang-suc-bac-cat-cat", drawing: "jewellery",
    option: OPTION.size, variants: [v("Cỡ nữ", 650_000, 20), v("Cỡ nam", 780_000, 15)],
    certificate: cert(R.y2024b, 3, 60),
  },
  {
    handle: "khuyen-tai-bac-cat-cat", title: "Khuyên tai bạc Cát Cát", title_en: "Cát Cát silver earrings",
    description: "Đôi khuyên tai bạc hình xoắn ốc, kiểu trang sức truyền thống của phụ nữ H'Mông.",
    description_en: "Spiral silver earrings in the traditional style of Hmong women.",
    group: "souvenir", district: "sa-pa", producer: "hkd-trang-suc-bac-cat-cat", drawing: "jewellery",
    option: OPTION.pack, variants: [v("Đôi", 280_000, 40)],
    certificate: cert(R.y2025, 3, 56),
  },
  {
    handle: "gio-may-tre-pho-rang", title: "Giỏ mây tre đan Phố Ràng", title_en: "Phố Ràng rattan basket",
    description: "Giỏ đan tay từ mây và giang, có quai, dùng đi chợ hoặc trang trí.",
    description_en: "A hand-woven rattan and bamboo basket with a handle, for market days or decoration.",
    group: "souvenir", district: "bao-yen", producer: "tht-may-tre-dan-pho-rang", drawing: "basket",
    option: OPTION.size, variants: [v("Cỡ nhỏ", 90_000, 60), v("Cỡ lớn", 160_000, 40)],
    certificate: cert(R.y2024a, 3, 56),
  },
  {
    handle: "den-may-tre-pho-rang", title: "Đèn mây tre trang trí", title_en: "Rattan and bamboo lamp shade",
    description: "Chao đèn đan từ tre lồ ô, ánh sáng ấm, hợp quán cà phê và homestay.",
    description_en: "A lamp shade woven from bamboo that gives a warm light, suited to cafés and homestays.",
    group: "souvenir", district: "bao-yen", producer: "tht-may-tre-dan-pho-rang", drawing: "basket",
    option: OPTION.size, variants: [v("Đường kính 30 cm", 220_000, 30), v("Đường kính 45 cm", 340_000, 20)],
    certificate: cert(R.y2025, 3, 55),
  },
  {
    handle: "tuong-go-nguoi-mong", title: "Tượng gỗ thiếu nữ H'Mông", title_en: "Carved wooden Hmong girl",
    description: "Tượng gỗ pơ mu chạm thiếu nữ H'Mông địu con, cao 25 cm.",
    description_en: "A 25 cm carving in fujian cypress of a Hmong girl carrying her baby.",
    group: "souvenir", district: "lao-cai-city", producer: "cty-tnhh-my-nghe-lao-cai", drawing: "woodcraft",
    option: OPTION.size, variants: [v("Cao 25 cm", 550_000, 15)],
    certificate: cert(R.y2024b, 3, 54),
  },
  {
    handle: "tranh-tho-cam-lao-cai", title: "Tranh thổ cẩm Lào Cai", title_en: "Lào Cai brocade picture",
    description: "Tranh ghép vải thổ cẩm của 5 dân tộc Lào Cai trong khung gỗ.",
    description_en: "A patchwork picture of the brocades of five Lào Cai peoples in a wooden frame.",
    group: "souvenir", district: "lao-cai-city", producer: "cty-tnhh-my-nghe-lao-cai", drawing: "brocade",
    option: OPTION.size, variants: [v("30 × 40 cm", 380_000, 20), v("50 × 70 cm", 690_000, 10)],
    certificate: cert(R.y2023, 3, 63),
  },
]
