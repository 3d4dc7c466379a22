import FactCheckIcon from "@mui/icons-material/FactCheck"
import { DEFAULT_FILTER } from "../reviews/ReviewList"
import { CountCard } from "./CountCard"

/** Product changes producers sent that wait for an OCOP office decision. */
export function PendingReviewCount() {
  return (
    <CountCard
      resource="product-reviews"
      title="ocop.reviews.waiting"
      icon={<FactCheckIcon />}
      filter={DEFAULT_FILTER}
    />
  )
}
