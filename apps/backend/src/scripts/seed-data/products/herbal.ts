import { cert, OPTION, ROUNDS as R, v } from "../certification-rounds"
import type { SeedProduct } from "../types"

/** Cinnamon, notoginseng and traditional remedies (group "herbal"). */
export const HERBAL_PRODUCTS: SeedProduct[] = [
  {
    handle: "que-vo-van-ban", title: "Quế vỏ Văn Bàn", title_en: "Văn Bàn cinnamon bark",
    description: "Vỏ quế cây 10 năm tuổi, dày, nhiều tinh dầu, phơi khô tự nhiên — vùng nguyên liệu quế của tỉnh.",
    description_en: "Thick, oil-rich bark of ten-year-old cinnamon trees, sun-dried — from the province's cinnamon zone.",
    group: "herbal", district: "van-ban", producer: "cty-cp-que-van-ban", drawing: "cinnamon",
    option: OPTION.weight, variants: [v("250 g", 65_000, 200), v("1 kg", 220_000, 80)],
    certificate: cert(R.y2024a, 4, 75),
  },
  {
    handle: "tinh-dau-que-van-ban", title: "Tinh dầu quế Văn Bàn", title_en: "Văn Bàn cinnamon essential oil",
    description: "Tinh dầu quế chưng cất hơi nước từ lá và cành quế, dùng xông phòng và massage.",
    description_en: "Cinnamon oil steam-distilled from leaves and twigs, for room diffusers and massage.",
    group: "herbal", district: "van-ban", producer: "cty-cp-que-van-ban", drawing: "cinnamon",
    option: OPTION.pack, variants: [v("Lọ 10 ml", 60_000, 300), v("Lọ 50 ml", 250_000, 100)],
    certificate: cert(R.y2024b, 4, 71),
  },
  {
    handle: "que-thanh-bao-yen", title: "Quế thanh hữu cơ Bảo Yên", title_en: "Bảo Yên organic cinnamon sticks",
    description: "Quế cắt thanh đều, cạo vỏ lụa, dùng pha trà, nấu phở và làm bánh.",
    description_en: "Evenly cut, scraped cinnamon sticks for tea, phở stock and baking.",
    group: "herbal", district: "bao-yen", producer: "htx-que-hoi-bao-yen", drawing: "cinnamon",
    option: OPTION.weight, variants: [v("200 g", 55_000, 200), v("500 g", 125_000, 100)],
    certificate: cert(R.y2023, 3, 63),
  },
  {
    handle: "bot-que-bao-yen", title: "Bột quế Bảo Yên", title_en: "Bảo Yên ground cinnamon",
    description: "Bột quế nguyên chất xay mịn từ quế hữu cơ Bảo Yên.",
    description_en: "Pure, finely ground cinnamon from Bảo Yên's organic trees.",
    group: "herbal", district: "bao-yen", producer: "htx-que-hoi-bao-yen", drawing: "cinnamon",
    option: OPTION.weight, variants: [v("100 g", 50_000, 250)],
    certificate: cert(R.y2025, 3, 58),
  },
  {
    handle: "tam-that-cu-kho", title: "Tam thất củ khô", title_en: "Dried notoginseng roots",
    description: "Củ tam thất trồng 5 năm dưới tán rừng Bát Xát, sấy khô, phân loại theo kích cỡ.",
    description_en: "Notoginseng roots grown five years under the Bát Xát forest canopy, dried and graded by size.",
    group: "herbal", district: "bat-xat", producer: "cty-cp-duoc-lieu-lao-cai", drawing: "notoginseng",
    option: OPTION.weight, variants: [v("100 g", 450_000, 60), v("250 g", 1_050_000, 30), v("500 g", 1_500_000, 15)],
    certificate: cert(R.y2024b, 4, 82),
  },
  {
    handle: "bot-tam-that", title: "Bột tam thất", title_en: "Notoginseng powder",
    description: "Bột tam thất nguyên chất, xay mịn tại xưởng đạt GMP, đóng lọ thủy tinh.",
    description_en: "Pure notoginseng powder milled in a GMP workshop, in glass jars.",
    group: "herbal", district: "lao-cai-city", producer: "cty-cp-duoc-lieu-lao-cai", drawing: "notoginseng",
    option: OPTION.weight, variants: [v("Lọ 100 g", 520_000, 60), v("Lọ 200 g", 980_000, 30)],
    certificate: cert(R.y2025, 3, 66),
  },
  {
    handle: "tra-giao-co-lam", title: "Trà giảo cổ lam", title_en: "Jiaogulan herbal tea",
    description: "Giảo cổ lam năm lá thu hái ở Sa Pa, sấy khô, pha trà thanh nhiệt.",
    description_en: "Five-leaf jiaogulan gathered in Sa Pa and dried, brewed as a cooling tea.",
    group: "herbal", district: "sa-pa", producer: "cty-cp-duoc-lieu-lao-cai", drawing: "tea-pack",
    option: OPTION.weight, variants: [v("200 g", 85_000, 150)],
    certificate: cert(R.y2024a, 3, 55),
  },
  {
    handle: "la-tam-nguoi-dao-do", title: "Lá tắm người Dao đỏ", title_en: "Red Dao herbal bath leaves",
    description: "Hỗn hợp hơn 20 loại lá rừng theo bài thuốc người Dao đỏ Sa Pa, đun nước tắm thư giãn.",
    description_en: "A blend of over twenty forest leaves from the Red Dao of Sa Pa, boiled for a relaxing herbal bath.",
    group: "herbal", district: "sa-pa", producer: "cty-cp-duoc-lieu-lao-cai", drawing: "vegetables",
    option: OPTION.pack, variants: [v("Gói 5 lần tắm", 120_000, 150), v("Hộp 15 lần tắm", 320_000, 60)],
    certificate: cert(R.y2024b, 4, 76),
  },
  {
    handle: "cao-xuong-ngua-bach-si-ma-cai", title: "Cao xương ngựa bạch Si Ma Cai", title_en: "Si Ma Cai white-horse bone glue",
    description: "Cao nấu 72 giờ từ xương ngựa bạch Si Ma Cai với thảo dược, cắt bánh 100 g.",
    description_en: "Glue cooked for 72 hours from Si Ma Cai white-horse bones with herbs, cut into 100 g blocks.",
    group: "herbal", district: "si-ma-cai", producer: "hkd-cao-ngua-bach-si-ma-cai", drawing: "bone-glue",
    option: OPTION.weight, variants: [v("100 g", 750_000, 40), v("200 g", 1_450_000, 20)],
    certificate: cert(R.y2024a, 4, 72),
  },
]
