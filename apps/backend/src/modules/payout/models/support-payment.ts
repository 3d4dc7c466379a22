import { model } from "@medusajs/framework/utils"

/**
 * Direct support paid to a producer for a certified product under provincial Resolution
 * 26/2020/NQ-HĐND (docs/domain.md §7): one payment per certificate, in whole đồng, on a Vietnam day
 * (stored as UTC midnight, like certificate dates). The programme's "support paid" is the sum of
 * these rows; what is due comes from the certificates (`src/queries/producer-payouts.ts`).
 */
export const SupportPayment = model
  .define("support_payment", {
    id: model.id({ prefix: "spay" }).primaryKey(),
    producer_id: model.text(),
    product_id: model.text(),
    certification_id: model.text().unique(),
    // the certificate's star level when paid: the amount follows it
    star_level: model.number(),
    amount: model.bigNumber(),
    paid_on: model.dateTime(),
    // the payment voucher or transfer reference (số chứng từ)
    reference: model.text().nullable(),
    note: model.text().nullable(),
    recorded_by: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id", "paid_on"] }, { on: ["paid_on"] }])
