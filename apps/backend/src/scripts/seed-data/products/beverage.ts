import { cert, OPTION, ROUNDS as R, v } from "../certification-rounds"
import type { SeedProduct } from "../types"

/** Tea and spirits (group "beverage"). */
export const BEVERAGE_PRODUCTS: SeedProduct[] = [
  {
    handle: "ruou-ngo-ban-pho", title: "Rượu ngô Bản Phố", title_en: "Bản Phố corn wine",
    description: "Rượu ngô men lá nấu từ ngô nương, nước mó đá Bản Phố, êm và thơm; ủ chum sáu tháng.",
    description_en: "Corn wine made with leaf yeast from upland maize and Bản Phố spring water, smooth and fragrant; aged six months in jars.",
    group: "beverage", district: "bac-ha", producer: "hkd-ruou-ngo-ban-pho", drawing: "corn-wine",
    option: OPTION.pack, variants: [v("Chai 500 ml", 120_000, 150), v("Can 2 lít", 380_000, 40)],
    certificate: cert(R.national2025, 5, 91),
  },
  {
    handle: "ruou-ngo-ban-pho-hop-qua", title: "Rượu ngô Bản Phố hộp quà", title_en: "Bản Phố corn wine gift box",
    description: "Hai chai rượu ngô Bản Phố trong hộp gỗ khắc hoa văn Mông.",
    description_en: "Two bottles of Bản Phố corn wine in a wooden box carved with Hmong patterns.",
    group: "beverage", district: "bac-ha", producer: "hkd-ruou-ngo-ban-pho", drawing: "corn-wine",
    option: OPTION.pack, variants: [v("Hộp 2 chai 500 ml", 450_000, 40)],
    certificate: cert(R.y2024b, 4, 71),
  },
  {
    handle: "che-shan-tuyet-ban-lien", title: "Chè Shan tuyết hữu cơ Bản Liền", title_en: "Bản Liền organic Shan tuyết tea",
    description: "Búp chè Shan tuyết cổ thụ, sao tay, đạt chứng nhận hữu cơ; nước xanh vàng, hậu ngọt.",
    description_en: "Buds of ancient Shan tuyết tea trees, hand-roasted and certified organic: a yellow-green liquor with a sweet finish.",
    group: "beverage", district: "bac-ha", producer: "htx-che-ban-lien", drawing: "tea",
    option: OPTION.weight, variants: [v("100 g", 150_000, 120), v("250 g", 350_000, 60), v("500 g", 680_000, 30)],
    certificate: cert(R.national2025, 5, 93),
  },
  {
    handle: "hong-tra-ban-lien", title: "Hồng trà Bản Liền", title_en: "Bản Liền black tea",
    description: "Hồng trà lên men từ lá Shan tuyết, vị mật ong, màu nước đỏ hổ phách.",
    description_en: "Black tea fermented from Shan tuyết leaves, with honeyed notes and an amber-red liquor.",
    group: "beverage", district: "bac-ha", producer: "htx-che-ban-lien", drawing: "tea-pack",
    option: OPTION.weight, variants: [v("100 g", 130_000, 100), v("250 g", 300_000, 40)],
    certificate: cert(R.y2025, 3, 64),
  },
  {
    handle: "che-shan-tuyet-y-ty", title: "Chè Shan tuyết cổ thụ Y Tý", title_en: "Y Tý ancient Shan tuyết tea",
    description: "Chè hái từ cây chè trăm tuổi trong mây Y Tý, người Hà Nhì sao bằng chảo gang.",
    description_en: "Tea picked from century-old trees in the clouds of Y Tý, pan-roasted in cast iron by the Hà Nhì.",
    group: "beverage", district: "bat-xat", producer: "htx-du-lich-y-ty", drawing: "tea",
    option: OPTION.weight, variants: [v("100 g", 160_000, 80), v("250 g", 380_000, 40)],
    certificate: cert(R.y2024a, 4, 79),
  },
  {
    handle: "ruou-tao-meo-y-ty", title: "Rượu táo mèo Y Tý", title_en: "Y Tý wild-apple wine",
    description: "Táo mèo Y Tý ngâm rượu ngô, màu hổ phách, vị chát dịu, tốt cho tiêu hóa.",
    description_en: "Y Tý wild apples steeped in corn spirit: amber, gently astringent, good for digestion.",
    group: "beverage", district: "bat-xat", producer: "htx-du-lich-y-ty", drawing: "corn-wine",
    option: OPTION.pack, variants: [v("Chai 500 ml", 140_000, 90)],
    certificate: cert(R.y2025, 3, 58),
  },
  {
    handle: "che-xanh-muong-khuong", title: "Chè xanh Mường Khương", title_en: "Mường Khương green tea",
    description: "Chè xanh sao máy từ búp chè vùng cao Mường Khương, vị chát nhẹ, hậu ngọt.",
    description_en: "Machine-roasted green tea from Mường Khương highland buds, lightly astringent with a sweet finish.",
    group: "beverage", district: "muong-khuong", producer: "cty-cp-che-muong-khuong", drawing: "tea-pack",
    option: OPTION.weight, variants: [v("200 g", 70_000, 200), v("500 g", 160_000, 100)],
    certificate: cert(R.y2023, 3, 60),
  },
  {
    handle: "tra-tui-loc-muong-khuong", title: "Trà Shan tuyết túi lọc Mường Khương", title_en: "Mường Khương Shan tuyết tea bags",
    description: "Trà Shan tuyết túi lọc tiện dùng cho văn phòng và khách sạn.",
    description_en: "Shan tuyết tea in bags, handy for offices and hotels.",
    group: "beverage", district: "muong-khuong", producer: "cty-cp-che-muong-khuong", drawing: "tea-pack",
    option: OPTION.pack, variants: [v("Hộp 25 túi", 55_000, 300), v("Hộp 50 túi", 100_000, 150)],
    certificate: cert(R.y2024b, 3, 57),
  },
  {
    handle: "ruou-man-bac-ha", title: "Rượu mận tam hoa Bắc Hà", title_en: "Bắc Hà tam hoa plum wine",
    description: "Mận tam hoa chín ủ với rượu ngô, màu đỏ hồng, chua ngọt dịu.",
    description_en: "Ripe tam hoa plums steeped in corn spirit: rosy red, gently sweet and sour.",
    group: "beverage", district: "bac-ha", producer: "htx-man-tam-hoa-bac-ha", drawing: "corn-wine",
    option: OPTION.pack, variants: [v("Chai 500 ml", 130_000, 100)],
    certificate: cert(R.y2024a, 3, 62),
  },
]
