import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES, ISSUING_LEVELS } from "@ocop/domain"
import { Inspection } from "./inspection"

/**
 * An OCOP certificate granted to a Medusa product. Dates are calendar days stored as UTC midnight
 * (see @ocop/domain vn-time). status is kept current by the write workflows and the daily expiry
 * job; responses still compute it with certificateStatus() so a late job never shows a stale badge.
 */
export const Certification = model
  .define("certification", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    product_id: model.text().index("IDX_certification_product_id"),
    certificate_number: model.text().unique(),
    star_level: model.number(),
    score: model.float(),
    decision_number: model.text(),
    decision_date: model.dateTime(),
    issuing_level: model.enum([...ISSUING_LEVELS]),
    valid_from: model.dateTime(),
    valid_until: model.dateTime(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("valid"),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    inspections: model.hasMany(() => Inspection, { mappedBy: "certification" }),
  })
  .indexes([{ on: ["status", "valid_until"] }])
  .cascades({ delete: ["inspections"] })
