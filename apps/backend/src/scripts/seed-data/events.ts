import type { BoothLossReason, BudgetLineKind, EventKind, EventStatus, LeadStatus, VietnamProvince } from "@ocop/domain"

/**
 * Sample work at a past event's booth: what producers declared they brought (producer, product,
 * units), counter sales (event day from 0, product and units), losses and what went back by transfer.
 */
export type DemoBooth = {
  declared: [producer: string, product: string, units: number][]
  sales: { day: number; lines: [product: string, units: number][] }[]
  lost: [product: string, units: number, reason: BoothLossReason][]
  returned: [product: string, units: number][]
}

/** A demo event: days counted from the seed day (decision 016), budget lines in whole đồng. */
export type DemoEvent = {
  handle: string
  name: string
  name_en: string
  kind: EventKind
  province: VietnamProvince
  address: string
  /** First and last day, in days from the Vietnam day the seed runs. */
  from_day: number
  to_day: number
  status: EventStatus
  organiser: string
  revenue_target: number
  description: string
  budget: { kind: BudgetLineKind; label?: string; amount: number; spent?: number }[]
  /** Producer handle → its products (handles) and units it brings, and whether it accepted. */
  participants: {
    producer: string
    booth: string | null
    answer: "accepted" | "declined" | null
    products: [string, number][]
  }[]
  /** Trade buyers met at the booth (sample companies), for a producer taking part and its products. */
  leads?: {
    company: string
    contact_name: string
    phone: string
    producer: string
    products: string[]
    volume: string
    status: LeadStatus
  }[]
  /** A closed event's booth at work (sample sales, a loss, a return transfer). */
  booth?: DemoBooth
}

const M = 1_000_000

/**
 * The plan's three events (docs/domain.md §6, budgets 350, 96 and 50 million VND): the OCOP week in
 * Hà Nội is over and closed, the supply–demand conference is running, the Quảng Ninh display is coming.
 */
export const DEMO_EVENTS: readonly DemoEvent[] = [
  {
    handle: "tuan-le-ocop-lao-cai-tai-ha-noi",
    name: "Tuần lễ nhận diện nông sản thực phẩm an toàn và sản phẩm OCOP tỉnh Lào Cai",
    name_en: "Week of safe agricultural food and OCOP products of Lào Cai",
    kind: "ocop_week",
    province: "Hà Nội",
    address: "Trung tâm Triển lãm Giảng Võ, 148 Giảng Võ, Ba Đình",
    from_day: -45,
    to_day: -39,
    status: "closed",
    organiser: "Sở Công Thương Lào Cai",
    revenue_target: 600 * M,
    description: "Bảy ngày giới thiệu và bán nông sản an toàn, sản phẩm OCOP của Lào Cai tại Thủ đô.",
    budget: [
      { kind: "booth_rent", amount: 150 * M, spent: 150 * M },
      { kind: "transport", amount: 80 * M, spent: 72_500_000 },
      { kind: "printing", amount: 40 * M, spent: 38 * M },
      { kind: "accommodation", amount: 50 * M, spent: 46 * M },
      { kind: "promotion", amount: 30 * M, spent: 30 * M },
    ],
    participants: [
      {
        producer: "htx-che-ban-lien",
        booth: "A01",
        answer: "accepted",
        products: [
          ["che-shan-tuyet-ban-lien", 120],
          ["hong-tra-ban-lien", 60],
        ],
      },
      { producer: "hkd-ruou-ngo-ban-pho", booth: "A02", answer: "accepted", products: [["ruou-ngo-ban-pho", 80]] },
      { producer: "htx-ga-bao-thang", booth: "A03", answer: "declined", products: [] },
    ],
    leads: [
      {
        company: "Công ty TNHH Thực phẩm Sạch Thủ Đô (mẫu)",
        contact_name: "Nguyễn Thu Hà",
        phone: "0912000111",
        producer: "htx-che-ban-lien",
        products: ["che-shan-tuyet-ban-lien", "hong-tra-ban-lien"],
        volume: "300 hộp mỗi quý",
        status: "negotiating",
      },
      {
        company: "Chuỗi cửa hàng Đặc sản Vùng cao (mẫu)",
        contact_name: "Lê Minh Tuấn",
        phone: "0987000222",
        producer: "hkd-ruou-ngo-ban-pho",
        products: ["ruou-ngo-ban-pho"],
        volume: "50 thùng mỗi tháng",
        status: "contacted",
      },
    ],
    booth: {
      declared: [
        ["htx-che-ban-lien", "che-shan-tuyet-ban-lien", 40],
        ["htx-che-ban-lien", "hong-tra-ban-lien", 20],
        ["hkd-ruou-ngo-ban-pho", "ruou-ngo-ban-pho", 24],
      ],
      sales: [
        {
          day: 0,
          lines: [
            ["che-shan-tuyet-ban-lien", 3],
            ["ruou-ngo-ban-pho", 2],
          ],
        },
        { day: 0, lines: [["hong-tra-ban-lien", 2]] },
        { day: 1, lines: [["che-shan-tuyet-ban-lien", 5]] },
        {
          day: 2,
          lines: [
            ["ruou-ngo-ban-pho", 6],
            ["che-shan-tuyet-ban-lien", 2],
          ],
        },
        {
          day: 3,
          lines: [
            ["hong-tra-ban-lien", 4],
            ["che-shan-tuyet-ban-lien", 4],
          ],
        },
        { day: 4, lines: [["ruou-ngo-ban-pho", 3]] },
        {
          day: 5,
          lines: [
            ["che-shan-tuyet-ban-lien", 6],
            ["hong-tra-ban-lien", 3],
          ],
        },
        {
          day: 6,
          lines: [
            ["ruou-ngo-ban-pho", 4],
            ["che-shan-tuyet-ban-lien", 3],
          ],
        },
      ],
      lost: [["che-shan-tuyet-ban-lien", 2, "tasting"]],
      returned: [["che-shan-tuyet-ban-lien", 15]],
    },
  },
  {
    handle: "hoi-nghi-ket-noi-cung-cau-ha-noi",
    name: "Hội nghị kết nối cung – cầu và xúc tiến thương mại sản phẩm OCOP Lào Cai",
    name_en: "Supply–demand and trade-promotion conference for Lào Cai OCOP products",
    kind: "supply_demand_conference",
    province: "Hà Nội",
    address: "Khách sạn Công Đoàn, 14 Trần Bình Trọng, Hoàn Kiếm",
    from_day: -1,
    to_day: 1,
    status: "open",
    organiser: "Trung tâm Khuyến công và Xúc tiến thương mại Lào Cai",
    revenue_target: 150 * M,
    description: "Gặp gỡ doanh nghiệp phân phối, siêu thị và bếp ăn với các chủ thể có sản phẩm được chứng nhận.",
    budget: [
      { kind: "booth_rent", amount: 40 * M, spent: 40 * M },
      { kind: "transport", amount: 25 * M, spent: 12 * M },
      { kind: "printing", amount: 16 * M },
      { kind: "allowance", amount: 15 * M },
    ],
    participants: [
      {
        producer: "cty-cp-che-muong-khuong",
        booth: "B01",
        answer: "accepted",
        products: [
          ["che-xanh-muong-khuong", 50],
          ["tra-tui-loc-muong-khuong", 100],
        ],
      },
      { producer: "htx-che-ban-lien", booth: "B02", answer: "accepted", products: [["che-shan-tuyet-ban-lien", 40]] },
      { producer: "htx-ga-bao-thang", booth: "B03", answer: null, products: [["ga-bao-thang", 0]] },
    ],
  },
  {
    handle: "trung-bay-ocop-quang-ninh",
    name: "Trưng bày sản phẩm OCOP tại Hội nghị tổng kết Chương trình OCOP giai đoạn 2018–2020",
    name_en: "OCOP display at the national review conference of OCOP 2018–2020",
    kind: "exhibition",
    province: "Quảng Ninh",
    address: "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh, Hạ Long",
    from_day: 21,
    to_day: 23,
    status: "planned",
    organiser: "Văn phòng Điều phối Chương trình OCOP Trung ương",
    revenue_target: 40 * M,
    description: "Gian trưng bày các sản phẩm OCOP tiêu biểu của Lào Cai.",
    budget: [
      { kind: "booth_rent", amount: 20 * M },
      { kind: "transport", amount: 18 * M },
      { kind: "printing", amount: 12 * M },
    ],
    participants: [{ producer: "htx-du-lich-y-ty", booth: null, answer: null, products: [["che-shan-tuyet-y-ty", 0]] }],
  },
]
