import { cert, OPTION, ROUNDS as R, v } from "../certification-rounds"
import type { SeedProduct } from "../types"

/** Silk, brocade and hemp cloth (group "textile"). */
export const TEXTILE_PRODUCTS: SeedProduct[] = [
  {
    handle: "lua-to-tam-bao-yen", title: "Lụa tơ tằm Bảo Yên", title_en: "Bảo Yên mulberry silk",
    description: "Lụa tơ tằm dệt từ kén nuôi tại Việt Tiến, mềm, bóng nhẹ — nhãn hiệu tập thể Lụa Bảo Yên.",
    description_en: "Silk woven from cocoons reared in Việt Tiến, soft with a gentle sheen — the Bảo Yên silk collective trademark.",
    group: "textile", district: "bao-yen", producer: "htx-dau-tam-to-bao-yen", drawing: "silk",
    option: OPTION.pack, variants: [v("Tấm 1 m", 350_000, 60), v("Tấm 3 m", 990_000, 20)],
    certificate: cert(R.y2024b, 4, 70),
  },
  {
    handle: "khan-lua-bao-yen", title: "Khăn lụa Bảo Yên", title_en: "Bảo Yên silk scarf",
    description: "Khăn lụa tơ tằm nhuộm màu tự nhiên từ lá chàm, vỏ cây và củ nâu.",
    description_en: "A mulberry-silk scarf dyed with indigo leaves, bark and dye yam.",
    group: "textile", district: "bao-yen", producer: "htx-dau-tam-to-bao-yen", drawing: "silk",
    option: OPTION.size, variants: [v("50 × 180 cm", 420_000, 40), v("90 × 90 cm", 380_000, 40)],
    certificate: cert(R.y2025, 3, 65),
  },
  {
    handle: "tui-tho-cam-ta-van", title: "Túi thổ cẩm Tả Van", title_en: "Tả Van brocade bag",
    description: "Túi đeo vai may từ vải thổ cẩm dệt và thêu tay của phụ nữ H'Mông Tả Van.",
    description_en: "A shoulder bag of brocade woven and embroidered by the Hmong women of Tả Van.",
    group: "textile", district: "sa-pa", producer: "htx-tho-cam-ta-van", drawing: "brocade",
    option: OPTION.size, variants: [v("Cỡ nhỏ", 180_000, 80), v("Cỡ lớn", 290_000, 50)],
    certificate: cert(R.y2024a, 3, 62),
  },
  {
    handle: "vay-tho-cam-hmong", title: "Váy thổ cẩm H'Mông", title_en: "Hmong brocade skirt",
    description: "Váy xếp ly vải lanh nhuộm chàm, vẽ sáp ong và thêu hoa văn, may theo kiểu truyền thống.",
    description_en: "A pleated hemp skirt, indigo-dyed with beeswax batik and embroidery, in the traditional cut.",
    group: "textile", district: "sa-pa", producer: "htx-tho-cam-ta-van", drawing: "brocade",
    option: OPTION.size, variants: [v("Cỡ M", 850_000, 15), v("Cỡ L", 900_000, 15)],
    certificate: cert(R.y2026, 3, 59),
  },
  {
    handle: "tho-cam-theu-tay-san-chai", title: "Thổ cẩm thêu tay Sán Chải", title_en: "Sán Chải hand-embroidered brocade",
    description: "Tấm thổ cẩm thêu tay nhiều màu của người Mông Hoa Sán Chải, dùng làm khăn trải bàn, treo tường.",
    description_en: "Colourful hand-embroidered brocade of the Flower Hmong of Sán Chải, for table runners or wall hangings.",
    group: "textile", district: "si-ma-cai", producer: "tht-theu-det-san-chai", drawing: "brocade",
    option: OPTION.size, variants: [v("40 × 120 cm", 320_000, 30)],
    certificate: cert(R.y2024b, 3, 57),
  },
  {
    handle: "vai-lanh-nhuom-cham", title: "Vải lanh nhuộm chàm", title_en: "Indigo-dyed hemp cloth",
    description: "Vải lanh dệt tay, nhuộm chàm nhiều lần đến màu xanh đen, bền màu.",
    description_en: "Hand-woven hemp cloth dyed in indigo many times to a deep blue-black that lasts.",
    group: "textile", district: "si-ma-cai", producer: "tht-theu-det-san-chai", drawing: "brocade",
    option: OPTION.pack, variants: [v("Tấm 2 m", 450_000, 25)],
    certificate: cert(R.y2025, 3, 61),
  },
]
