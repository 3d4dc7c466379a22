const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

/**
 * The three showrooms of docs/domain.md §5. Addresses, hours, phones, positions and the tax code are
 * sample data. `stock` puts units of a demo product's first variant on the showroom's shelf.
 */
export const DEMO_POINTS_OF_SALE: readonly {
  code: string
  name: string
  /** The rest is checked by pointOfSaleInputSchema when the seed runs. */
  [field: string]: unknown
  stock: readonly (readonly [handle: string, units: number])[]
}[] = [
  {
    code: "sa-pa",
    handle: "sa-pa",
    name: "Điểm bán OCOP Sa Pa",
    address_1: "Số 2 phố Cầu Mây (dữ liệu mẫu)",
    ward: "Phường Sa Pa",
    province: "Lào Cai",
    phone: "0914387123",
    opening_hours: [{ days: EVERY_DAY, opens: "07:30", closes: "21:30" }],
    latitude: 22.3356,
    longitude: 103.8406,
    description: "Giới thiệu và bán sản phẩm OCOP Lào Cai giữa trung tâm du lịch Sa Pa (dữ liệu mẫu).",
    stock: [
      ["nam-huong-sa-pa", 12],
      ["moc-nhi-sa-pa", 8],
      ["che-shan-tuyet-y-ty", 10],
      ["ruou-ngo-ban-pho", 6],
      ["tuong-ot-muong-khuong", 15],
      ["man-say-deo-bac-ha", 3],
      ["que-vo-van-ban", 9],
      ["mat-ong-rung-van-ban", 2],
    ],
  },
  {
    code: "bac-ha",
    handle: "bac-ha",
    name: "Điểm bán OCOP Bắc Hà",
    address_1: "Đường Ngọc Uyển, cạnh chợ Bắc Hà (dữ liệu mẫu)",
    ward: "Xã Bắc Hà",
    province: "Lào Cai",
    phone: "0915123456",
    opening_hours: [{ days: EVERY_DAY, opens: "07:30", closes: "18:00" }],
    latitude: 22.5386,
    longitude: 104.2896,
    description: "Đặc sản cao nguyên Bắc Hà: mận tam hoa, hồng không hạt, rượu ngô Bản Phố (dữ liệu mẫu).",
    stock: [
      ["ruou-ngo-ban-pho", 20],
      ["man-say-deo-bac-ha", 14],
      ["hong-say-deo-bac-ha", 10],
      ["ruou-man-bac-ha", 6],
    ],
  },
  {
    code: "lao-cai-city",
    handle: "lao-cai-city",
    name: "Điểm bán OCOP TP Lào Cai",
    address_1: "Số 1 đại lộ Trần Hưng Đạo (dữ liệu mẫu)",
    ward: "Phường Lào Cai",
    province: "Lào Cai",
    phone: "0916123456",
    opening_hours: [
      { days: [1, 2, 3, 4, 5], opens: "08:00", closes: "20:00" },
      { days: [6, 7], opens: "08:00", closes: "21:00" },
    ],
    latitude: 22.4856,
    longitude: 103.9707,
    description: "Điểm bán OCOP ở trung tâm thành phố, gần cửa khẩu quốc tế Lào Cai (dữ liệu mẫu).",
    stock: [
      ["nam-huong-sa-pa", 30],
      ["quyt-ngot-bao-thang", 20],
      ["tuong-ot-muong-khuong", 25],
      ["que-vo-van-ban", 18],
      ["gao-seng-cu-bat-xat", 12],
      ["mat-ong-rung-van-ban", 10],
    ],
  },
]

/** Every showroom's e-invoice seller in the demo: the trade-promotion centre (sample tax code). */
export const DEMO_SELLER = {
  seller_name: "Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Lào Cai (dữ liệu mẫu)",
  seller_tax_code: "5300000000",
}

/** The demo counter clerk of Sa Pa (pos_clerk), with the demo password. */
export const DEMO_CLERK = {
  email: "clerk.sapa@ocop-laocai.vn",
  first_name: "Thu ngân",
  last_name: "Sa Pa",
  place: "sa-pa",
}
