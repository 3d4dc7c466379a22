import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_GROUP_CODES, type DistrictCode, type ProductGroupCode } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateInForce } from "../../../modules/ocop/utils/certificates"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { computeCatalogueEntries } from "../compute-entries"

/** One product as the printed catalogue shows it. */
export type PrintedProduct = {
  product_id: string
  title: string
  title_en: string | null
  picture_url: string | null
  star_level: number
  certificate_number: string
  valid_until: Date
  product_group: ProductGroupCode
  origin_district: DistrictCode
  producer_name: string
  producer_commune: string
}

/**
 * The products the catalogue prints: those the shop lists today — published, of an active
 * producer, with a certificate in force **now** (decision 001), computed from the certificates
 * themselves rather than the read model, which may be a day late after an expiry. Sorted by group
 * (domain §2 order), then stars (most first), then title as Vietnamese sorts it.
 */
export async function printedProducts(container: MedusaContainer, now = new Date()): Promise<PrintedProduct[]> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const certs = (await ocop.listCertifications({ status: "valid" })).filter((c) => certificateInForce(c, now))
  const productIds = [...new Set(certs.map((c) => c.product_id))]
  const { entries } = await computeCatalogueEntries(container, productIds, now)
  const listed = entries.filter((e) => e.is_listed && e.certification_id)
  const certOf = new Map(certs.map((c) => [c.id, c]))
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: [...new Set(listed.map((e) => e.producer_id))] }, { select: ["id", "name", "commune"] })
  const producerOf = new Map(producers.map((p) => [p.id, p]))
  const groupOrder = (g: string) => PRODUCT_GROUP_CODES.indexOf(g as ProductGroupCode)
  return listed
    .map((e) => {
      const cert = certOf.get(e.certification_id!)!
      const producer = producerOf.get(e.producer_id)
      return {
        product_id: e.product_id,
        title: e.title,
        title_en: e.title_en,
        picture_url: e.thumbnail,
        star_level: cert.star_level,
        certificate_number: cert.certificate_number,
        valid_until: new Date(cert.valid_until),
        product_group: e.product_group,
        origin_district: e.origin_district,
        producer_name: producer?.name ?? "",
        producer_commune: producer?.commune ?? "",
      }
    })
    .sort(
      (a, b) =>
        groupOrder(a.product_group) - groupOrder(b.product_group) ||
        b.star_level - a.star_level ||
        a.title.localeCompare(b.title, "vi"),
    )
}
