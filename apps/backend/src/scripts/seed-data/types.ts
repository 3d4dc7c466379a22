import type { CertifiedStarLevel, DistrictCode, IssuingLevel, ProducerKind, ProductGroupCode } from "@ocop/domain"

/** Name of a drawing in seed-data/images, without ".svg". */
export type DrawingName =
  | "basket"
  | "bone-glue"
  | "brocade"
  | "carp"
  | "cattle"
  | "chicken"
  | "chili-sauce"
  | "cinnamon"
  | "corn-wine"
  | "homestay"
  | "honey"
  | "horse"
  | "mandarin"
  | "mushroom"
  | "notoginseng"
  | "persimmon"
  | "plum"
  | "rice"
  | "salmon"
  | "silk"
  | "sturgeon"
  | "tea"
  | "tea-pack"
  | "terraces"
  | "vegetables"
  | "jewellery"
  | "woodcraft"

/** A demo producer (chủ thể OCOP). Every one is sample data. */
export interface SeedProducer {
  handle: string
  name: string
  kind: ProducerKind
  registration_number: string
  district: DistrictCode
  commune: string
  address: string
  representative: string
  phone: string
  story_vi: string
  story_en: string
  /** Monogram colour of the generated logo. */
  colour: string
}

/** One purchasable size or package of a product. */
export interface SeedVariant {
  /** Value of the product's single option ("500 g", "Hộp 10 gói", "1 đêm – 2 khách"). */
  value: string
  price: number
  stock: number
}

/** A decision round of a council: one decision certifies many products. Dated relative to the seed day. */
export interface CertificationRound {
  decision_number: string
  issuing_level: IssuingLevel
  /** Days from the decision (and the certificate's first valid day) to the day the seed runs. */
  age_days: number
}

/** A revocation after a post-certification inspection, dated relative to the seed day. */
export interface SeedRevocation {
  days_ago: number
  reason: string
}

/** The certificate a demo product holds. */
export interface SeedCertificate {
  round: CertificationRound
  star_level: CertifiedStarLevel
  score: number
  /** Revoked after a post-certification inspection. */
  revoked?: SeedRevocation
}

/** A demo product with its Vietnamese and English texts. */
export interface SeedProduct {
  handle: string
  title: string
  title_en: string
  subtitle?: string
  description: string
  description_en: string
  group: ProductGroupCode
  district: DistrictCode
  producer: string
  drawing: DrawingName
  /** Title of the single product option: "Khối lượng", "Quy cách", "Gói dịch vụ". */
  option: string
  variants: SeedVariant[]
  certificate: SeedCertificate
}
