import { MedusaService } from "@medusajs/framework/utils"
import { CatalogueEntry } from "./models/catalogue-entry"
import { CataloguePrint } from "./models/catalogue-print"
import { Certification } from "./models/certification"
import { Inspection } from "./models/inspection"
import { ProductProfile } from "./models/product-profile"

/** A catalogue_entry row as the store API reads it (numeric columns converted to numbers). */
export type CatalogueEntryRow = {
  id: string
  product_id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  thumbnail: string | null
  product_group: string
  origin_district: string
  producer_id: string
  producer_handle: string
  certification_id: string | null
  star_level: number | null
  min_price: number | null
  product_created_at: Date
}

/**
 * Certificates, inspections, product profiles, the catalogue read model and the printed catalogues. Store pages read the
 * read model with plain SQL (catalogue-search.ts); this service writes it.
 */
class OcopModuleService extends MedusaService({
  Certification,
  Inspection,
  ProductProfile,
  CatalogueEntry,
  CataloguePrint,
}) {}

export default OcopModuleService
