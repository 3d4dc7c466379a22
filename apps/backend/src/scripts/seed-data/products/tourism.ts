import { cert, OPTION, ROUNDS as R, v } from "../certification-rounds"
import type { SeedProduct } from "../types"

/** Homestays and community tourism (group "tourism"); a variant is a bookable package. */
export const TOURISM_PRODUCTS: SeedProduct[] = [
  {
    handle: "homestay-giang-a-chu-ta-van", title: "Homestay Giàng A Chu – Tả Van", title_en: "Giàng A Chu homestay, Tả Van",
    description: "Nghỉ trong nhà gỗ H'Mông giữa ruộng bậc thang, ăn cơm cùng gia đình, có bữa sáng.",
    description_en: "Stay in a Hmong wooden house among the rice terraces and eat with the family; breakfast included.",
    group: "tourism", district: "sa-pa", producer: "hkd-homestay-giang-a-chu", drawing: "homestay",
    option: OPTION.service, variants: [v("1 đêm – 1 khách", 250_000, 300), v("1 đêm – phòng đôi", 450_000, 200)],
    certificate: cert(R.y2024a, 3, 62),
  },
  {
    handle: "trai-nghiem-ruong-bac-thang-ta-van", title: "Trải nghiệm ruộng bậc thang Tả Van", title_en: "Tả Van rice terrace day walk",
    description: "Đi bộ một ngày cùng người dân bản qua ruộng bậc thang, học cấy lúa theo mùa.",
    description_en: "A day's walk with villagers across the terraces, planting rice in season.",
    group: "tourism", district: "sa-pa", producer: "hkd-homestay-giang-a-chu", drawing: "terraces",
    option: OPTION.service, variants: [v("1 khách", 350_000, 300)],
    certificate: cert(R.y2025, 3, 57),
  },
  {
    handle: "du-lich-cong-dong-y-ty", title: "Du lịch cộng đồng Y Tý", title_en: "Y Tý community tourism",
    description: "Hai ngày một đêm săn mây Y Tý, ngủ nhà trình tường Hà Nhì, thăm đồi chè cổ thụ.",
    description_en: "Two days and a night chasing the clouds of Y Tý, sleeping in a Hà Nhì rammed-earth house, visiting ancient tea.",
    group: "tourism", district: "bat-xat", producer: "htx-du-lich-y-ty", drawing: "terraces",
    option: OPTION.service, variants: [v("2 ngày 1 đêm – 1 khách", 1_200_000, 100)],
    certificate: cert(R.y2024b, 4, 71),
  },
  {
    handle: "du-lich-cong-dong-ban-lien", title: "Du lịch cộng đồng Bản Liền", title_en: "Bản Liền community tourism",
    description: "Nghỉ nhà sàn người Tày, hái và sao chè Shan tuyết hữu cơ cùng HTX.",
    description_en: "Stay in a Tày stilt house and pick and roast organic Shan tuyết tea with the cooperative.",
    group: "tourism", district: "bac-ha", producer: "htx-che-ban-lien", drawing: "homestay",
    option: OPTION.service, variants: [v("1 đêm – 1 khách", 300_000, 200), v("2 ngày 1 đêm – có hướng dẫn", 850_000, 80)],
    certificate: cert(R.y2024a, 3, 60),
  },
  {
    handle: "homestay-ban-pho", title: "Homestay Bản Phố", title_en: "Bản Phố homestay",
    description: "Nhà trình tường bên lò rượu ngô, khách được xem nấu rượu và đi chợ phiên Bắc Hà.",
    description_en: "A rammed-earth house beside the corn-wine still; watch the distilling and visit the Bắc Hà market.",
    group: "tourism", district: "bac-ha", producer: "hkd-ruou-ngo-ban-pho", drawing: "homestay",
    option: OPTION.service, variants: [v("1 đêm – 1 khách", 220_000, 200)],
    certificate: cert(R.y2025, 3, 58),
  },
  {
    handle: "du-lich-sinh-thai-nam-xe", title: "Du lịch sinh thái Nậm Xé", title_en: "Nậm Xé eco-tourism",
    description: "Ngắm hoa đào, thác nước và rừng nguyên sinh Hoàng Liên ở Nậm Xé; ngủ homestay người Mông.",
    description_en: "Peach blossom, waterfalls and the primeval Hoàng Liên forest at Nậm Xé; nights in a Hmong homestay.",
    group: "tourism", district: "van-ban", producer: "htx-nong-lam-san-nam-xe", drawing: "terraces",
    option: OPTION.service, variants: [v("2 ngày 1 đêm – 1 khách", 950_000, 80)],
    certificate: cert(R.y2024b, 3, 55),
  },
]
