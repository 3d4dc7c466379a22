import { model } from "@medusajs/framework/utils"
import { DISTRICT_CODES, PRODUCER_KIND_CODES, PRODUCER_STATUSES } from "@ocop/domain"
import { ProducerUser } from "./producer-user"

/**
 * A producer (chủ thể OCOP): the cooperative, company or household that makes certified products.
 * search_text holds the folded name, handle and registration number so that staff can search
 * "hop tac xa" and find "Hợp tác xã" without diacritics.
 */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdcr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text(),
    kind: model.enum([...PRODUCER_KIND_CODES]),
    registration_number: model.text(),
    district: model.enum([...DISTRICT_CODES]),
    commune: model.text(),
    address: model.text(),
    representative: model.text(),
    phone: model.text(),
    email: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    logo_url: model.text().nullable(),
    photos: model.json(),
    status: model.enum([...PRODUCER_STATUSES]).default("active"),
    search_text: model.text().default(""),
    users: model.hasMany(() => ProducerUser, { mappedBy: "producer" }),
  })
  .indexes([
    { on: ["district"] },
    { on: ["status"] },
    { on: ["kind"] },
    // The store's producer list reads active producers in this order, a page at a time (issue 17).
    { name: "IDX_producer_active_name", on: ["name", "id"], where: "status = 'active' AND deleted_at IS NULL" },
  ])
