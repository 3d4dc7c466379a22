import { model } from "@medusajs/framework/utils"
import { DISTRICT_CODES, PRODUCT_GROUP_CODES } from "@ocop/domain"

/**
 * Denormalised read model of the storefront catalogue: one row per OCOP product (a product with a
 * profile and a producer), rebuilt by refreshCatalogueWorkflow after every write that changes what
 * buyers see. Listing, facets and search read this table only, so they stay one indexed query at
 * national scale. See docs/decisions/002-catalogue-read-model.md.
 */
export const CatalogueEntry = model
  .define("catalogue_entry", {
    id: model.id({ prefix: "ocat" }).primaryKey(),
    product_id: model.text().unique(),
    handle: model.text().index("IDX_catalogue_entry_handle"),
    title: model.text(),
    title_en: model.text().nullable(),
    subtitle: model.text().nullable(),
    thumbnail: model.text().nullable(),
    // foldVietnamese(title, title_en, subtitle, producer name, group and district names)
    search_text: model.text(),
    product_group: model.enum([...PRODUCT_GROUP_CODES]),
    origin_district: model.enum([...DISTRICT_CODES]),
    producer_id: model.text(),
    producer_handle: model.text(),
    producer_active: model.boolean(),
    certification_id: model.text().nullable(),
    star_level: model.number().nullable(),
    is_certified: model.boolean(),
    min_price: model.bigNumber().nullable(),
    // lowest base USD price (the international region's card price); null when no variant has one
    min_price_usd: model.bigNumber().nullable(),
    published: model.boolean(),
    // published && is_certified && producer_active: the one flag every store query filters on
    is_listed: model.boolean(),
    product_created_at: model.dateTime(),
  })
  .indexes([
    { on: ["is_listed", "product_group"] },
    { on: ["is_listed", "origin_district"] },
    { on: ["is_listed", "producer_handle"] },
    { on: ["is_listed", "star_level"] },
    { on: ["is_listed", "min_price"] },
    { on: ["is_listed", "min_price_usd"] },
    { on: ["is_listed", "product_created_at"] },
  ])
