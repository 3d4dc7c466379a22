import { model } from "@medusajs/framework/utils"

/**
 * The targets of the OCOP programme for one calendar year, as the province's plan sets them
 * (docs/domain.md §7): products certified at each star level, new economic organisations, and the
 * direct support to pay producers, in whole đồng. One row a year; the office edits it.
 */
export const ProgrammeTarget = model.define("programme_target", {
  id: model.id({ prefix: "oprog" }).primaryKey(),
  year: model.number().unique(),
  certified_3_star: model.number(),
  certified_4_star: model.number(),
  certified_5_star: model.number(),
  new_organisations: model.number(),
  support_vnd: model.bigNumber(),
  updated_by: model.text().nullable(),
})
