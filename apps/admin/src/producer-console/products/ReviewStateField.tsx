import { Chip, Stack, Typography } from "@mui/material"
import { useRecordContext, useTranslate } from "react-admin"
import type { ProducerProductRecord } from "../../providers/producer-products"
import { REVIEW_STATUS_COLORS } from "../../reviews/review-model"

/** The latest review of a product (pending, approved, rejected) and the reviewer's comment, if any. */
export function ReviewStateField(_props: { label?: string }) {
  const record = useRecordContext<ProducerProductRecord>()
  const translate = useTranslate()
  const review = record?.review
  if (!review) return null
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <Chip
        size="small"
        color={REVIEW_STATUS_COLORS[review.status] ?? "default"}
        label={translate(`ocop.reviews.status.${review.status}`, { _: review.status })}
      />
      {review.comment ? (
        <Typography variant="caption" color="text.secondary">
          {translate("ocop.producer_console.products.reviewer_comment", { comment: review.comment })}
        </Typography>
      ) : null}
    </Stack>
  )
}
