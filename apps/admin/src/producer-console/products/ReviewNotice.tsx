import { Alert } from "@mui/material"
import { useRecordContext, useTranslate } from "react-admin"
import { formatDateSafe } from "../../common/DateViField"
import type { ProducerProductRecord } from "../../providers/producer-products"

/** Where the product's latest change stands, above its edit form. */
export function ReviewNotice() {
  const record = useRecordContext<ProducerProductRecord>()
  const translate = useTranslate()
  const review = record?.review
  if (!review) return null
  const t = (key: string, options?: object) => translate(`ocop.producer_console.products.${key}`, options)
  if (review.status === "pending") {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {t("pending_notice", { date: formatDateSafe(review.submitted_at) })}
      </Alert>
    )
  }
  if (review.status === "rejected") {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {t("rejected_notice", { date: formatDateSafe(review.reviewed_at), comment: review.comment ?? "—" })}
      </Alert>
    )
  }
  return review.comment ? (
    <Alert severity="success" sx={{ mt: 2 }}>
      {t("approved_notice", { date: formatDateSafe(review.reviewed_at), comment: review.comment })}
    </Alert>
  ) : null
}
