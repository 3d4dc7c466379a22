import { model } from "@medusajs/framework/utils"

/**
 * A generated printed catalogue (PDF) of the certified products, in one language. The bytes live in
 * Medusa's file module as a private file (`/static` serves pictures only, decision 020); this row
 * says which file is the latest per language, so the storefront can offer it for download.
 */
export const CataloguePrint = model
  .define("catalogue_print", {
    id: model.id({ prefix: "ocpr" }).primaryKey(),
    language: model.enum(["vi", "en"]),
    file_key: model.text(),
    product_count: model.number(),
    group_count: model.number(),
    page_count: model.number(),
    size: model.number(),
    generated_by: model.text().nullable(),
  })
  .indexes([{ on: ["language", "created_at"] }])
