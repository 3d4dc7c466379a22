import {
  DISTRICT_CODES,
  PRODUCER_KIND_CODES,
  addDays,
  defaultValidUntil,
  vietnamToday,
  type ProducerKind,
} from "@ocop/domain"

/**
 * A synthetic national-scale catalogue for benchmarks: deterministic (item i is always the same) so
 * an interrupted load resumes where it stopped. Names reuse real product kinds so that searches such
 * as "nam huong" hit a realistic share of rows.
 */

const BASES: [vi: string, en: string, group: string][] = [
  ["Nấm hương", "Shiitake", "food"],
  ["Quýt ngọt", "Sweet mandarins", "food"],
  ["Hồng không hạt", "Seedless persimmons", "food"],
  ["Mận tam hoa", "Tam hoa plums", "food"],
  ["Gạo Séng Cù", "Séng Cù rice", "food"],
  ["Gà đồi", "Hill chicken", "food"],
  ["Cá chép lai", "Hybrid carp", "food"],
  ["Thịt bò vàng", "Yellow-cattle beef", "food"],
  ["Cá hồi", "Trout", "food"],
  ["Cá tầm", "Sturgeon", "food"],
  ["Tương ớt", "Chili sauce", "food"],
  ["Mật ong rừng", "Forest honey", "food"],
  ["Miến dong", "Arrowroot noodles", "food"],
  ["Măng khô", "Dried bamboo shoots", "food"],
  ["Thịt trâu gác bếp", "Smoked buffalo", "food"],
  ["Chè Shan tuyết", "Shan tuyết tea", "beverage"],
  ["Rượu ngô", "Corn wine", "beverage"],
  ["Hồng trà", "Black tea", "beverage"],
  ["Rượu táo mèo", "Wild-apple wine", "beverage"],
  ["Trà túi lọc", "Tea bags", "beverage"],
  ["Quế vỏ", "Cinnamon bark", "herbal"],
  ["Tinh dầu quế", "Cinnamon oil", "herbal"],
  ["Tam thất", "Notoginseng", "herbal"],
  ["Giảo cổ lam", "Jiaogulan", "herbal"],
  ["Cao xương ngựa bạch", "White-horse bone glue", "herbal"],
  ["Lá tắm người Dao", "Dao bath leaves", "herbal"],
  ["Lụa tơ tằm", "Mulberry silk", "textile"],
  ["Thổ cẩm", "Brocade", "textile"],
  ["Khăn lụa", "Silk scarf", "textile"],
  ["Vải lanh", "Hemp cloth", "textile"],
  ["Vòng bạc", "Silver bracelet", "souvenir"],
  ["Giỏ mây tre", "Rattan basket", "souvenir"],
  ["Tượng gỗ", "Wood carving", "souvenir"],
  ["Đèn tre", "Bamboo lamp", "souvenir"],
  ["Homestay", "Homestay", "tourism"],
  ["Du lịch cộng đồng", "Community tourism", "tourism"],
  ["Du lịch sinh thái", "Eco-tourism", "tourism"],
]

const PLACES: Record<string, string> = {
  "lao-cai-city": "Lào Cai",
  "sa-pa": "Sa Pa",
  "bat-xat": "Bát Xát",
  "muong-khuong": "Mường Khương",
  "si-ma-cai": "Si Ma Cai",
  "bac-ha": "Bắc Hà",
  "bao-thang": "Bảo Thắng",
  "bao-yen": "Bảo Yên",
  "van-ban": "Văn Bàn",
}

const KIND_PREFIX: Record<ProducerKind, string> = {
  cooperative: "HTX",
  cooperative_group: "Tổ hợp tác",
  joint_stock_company: "Công ty Cổ phần",
  limited_company: "Công ty TNHH",
  household: "Hộ kinh doanh",
}

/** A stable pseudo-random number in [0, 1) for (i, salt). */
function rand(i: number, salt: number): number {
  let x = (i + 1) * 2654435761 + salt * 40503
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b)
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b)
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296
}

export function benchProducer(i: number) {
  const kind = PRODUCER_KIND_CODES[i % PRODUCER_KIND_CODES.length]
  const district = DISTRICT_CODES[i % DISTRICT_CODES.length]
  const base = BASES[Math.floor(rand(i, 1) * BASES.length)]
  const name = `${KIND_PREFIX[kind]} ${base[0]} ${PLACES[district]} số ${i + 1}`
  return {
    handle: `bench-producer-${i + 1}`,
    name,
    kind,
    registration_number: String(5300000000 + i),
    district,
    commune: `Xã mẫu ${(i % 120) + 1}`,
    address: `Xã mẫu ${(i % 120) + 1}, tỉnh Lào Cai`,
    representative: `Người đại diện ${i + 1}`,
    phone: `09${String(10000000 + i).slice(-8)}`,
    email: null,
    story_vi: "Dữ liệu mẫu cho đo hiệu năng.",
    story_en: "Sample data for benchmarks.",
    logo_url: null,
    photos: [] as string[],
    status: "active" as const,
  }
}

export function benchProduct(j: number, producerCount: number) {
  const base = BASES[j % BASES.length]
  const district = DISTRICT_CODES[Math.floor(rand(j, 2) * DISTRICT_CODES.length)]
  const price = 50_000 + Math.floor(rand(j, 3) * 146) * 10_000
  return {
    handle: `bench-${j + 1}`,
    title: `${base[0]} ${PLACES[district]} mẫu ${j + 1}`,
    title_en: `${base[1]} from ${PLACES[district]}, sample ${j + 1}`,
    group: base[2],
    district,
    producerIndex: Math.floor(rand(j, 4) * producerCount),
    price,
  }
}

/** Ages in days of the certificates' first day on the day the bench runs (the demo seed's spread). */
const START_AGES = [1080, 879, 718, 555, 480, 165]
const EXPIRED_AGE = 1803
const REVOKED_DAYS_AGO = 261

/** One certificate per product: ~70 % 3★, ~25 % 4★, ~5 % 5★; ~3 % expired long ago, ~1 % revoked. */
export function benchCertificate(j: number, productId: string) {
  const r = rand(j, 5)
  const star_level = r < 0.7 ? 3 : r < 0.95 ? 4 : 5
  const band = { 3: [50, 69], 4: [70, 89], 5: [90, 100] }[star_level]!
  const score = band[0] + Math.floor(rand(j, 6) * (band[1] - band[0] + 1))
  const expired = rand(j, 7) < 0.03
  const age = expired ? EXPIRED_AGE : START_AGES[Math.floor(rand(j, 8) * START_AGES.length)]!
  const valid_from = addDays(vietnamToday(), -age)
  const valid_until = defaultValidUntil(valid_from)
  const revoked = !expired && rand(j, 9) < 0.01
  return {
    product_id: productId,
    star_level,
    score,
    certificate_number: `BENCH-${String(j + 1).padStart(6, "0")}`,
    decision_number: `${1000 + (j % 3000)}/QĐ-UBND`,
    decision_date: valid_from,
    issuing_level: star_level === 5 ? ("national" as const) : ("provincial" as const),
    valid_from,
    valid_until,
    status: revoked ? ("revoked" as const) : expired ? ("expired" as const) : ("valid" as const),
    revoked_at: revoked ? addDays(vietnamToday(), -REVOKED_DAYS_AGO) : null,
    revocation_reason: revoked ? "Dữ liệu mẫu: thu hồi sau kiểm tra." : null,
  }
}
