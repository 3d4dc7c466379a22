import EditNoteIcon from "@mui/icons-material/EditNote"
import { Grid } from "@mui/material"
import type { ReactElement } from "react"
import {
  Button,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from "react-admin"
import { DateViField } from "../common/DateViField"
import { StatusChip } from "../common/StatusChip"
import type { ProductReviewRecord } from "../providers/product-reviews"
import { DecisionButtons } from "./DecisionButtons"
import { REVIEW_KIND_COLORS, REVIEW_STATUS_COLORS } from "./review-model"
import { ReviewChanges } from "./ReviewChanges"

function ReviewTitle() {
  const review = useRecordContext<ProductReviewRecord>()
  const translate = useTranslate()
  return <span>{translate("ocop.reviews.title", { product: review?.product_title ?? "" })}</span>
}

/** Opens the product in the register (e.g. to add its certificate once approved). */
function ProductLink() {
  const review = useRecordContext<ProductReviewRecord>()
  const createPath = useCreatePath()
  if (!review?.product_id) return null
  return (
    <Button
      label="ocop.reviews.open_product"
      to={createPath({ resource: "products", type: "edit", id: review.product_id })}
    >
      <EditNoteIcon />
    </Button>
  )
}

function ReviewActions() {
  return (
    <TopToolbar>
      <ProductLink />
      <DecisionButtons />
    </TopToolbar>
  )
}

/** The review's facts side by side, so the before/after stays in view. */
function Facts() {
  const facts: ReactElement[] = [
    <TextField key="product_title" source="product_title" />,
    <TextField key="producer_name" source="producer_name" />,
    <StatusChip key="kind" source="kind" i18nPrefix="ocop.reviews.kind." colors={REVIEW_KIND_COLORS} />,
    <StatusChip key="status" source="status" i18nPrefix="ocop.reviews.status." colors={REVIEW_STATUS_COLORS} />,
    <DateViField key="submitted_at" source="submitted_at" />,
    <DateViField key="reviewed_at" source="reviewed_at" emptyText="—" />,
  ]
  return (
    <Grid container spacing={1} sx={{ width: "100%" }}>
      {facts.map((field) => (
        <Grid key={field.key} size={{ xs: 12, sm: 6, md: 2 }}>
          <Labeled>{field}</Labeled>
        </Grid>
      ))}
    </Grid>
  )
}

/** One change: what, from whom, when, the before/after of each field, and the decision. */
export function ReviewShow() {
  return (
    <Show title={<ReviewTitle />} actions={<ReviewActions />}>
      <SimpleShowLayout>
        <Facts />
        <TextField source="comment" emptyText="—" />
        <ReviewChanges />
      </SimpleShowLayout>
    </Show>
  )
}
