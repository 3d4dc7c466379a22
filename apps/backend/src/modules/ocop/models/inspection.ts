import { model } from "@medusajs/framework/utils"
import { INSPECTION_RESULTS } from "@ocop/domain"
import { Certification } from "./certification"

/** A post-certification inspection (kiểm tra sau công nhận). A failed one does not revoke by itself. */
export const Inspection = model.define("inspection", {
  id: model.id({ prefix: "oinsp" }).primaryKey(),
  inspected_at: model.dateTime(),
  inspector: model.text(),
  result: model.enum([...INSPECTION_RESULTS]),
  notes: model.text().nullable(),
  certification: model.belongsTo(() => Certification, { mappedBy: "inspections" }),
})
