import HourglassTopIcon from "@mui/icons-material/HourglassTop"
import { FigureCard } from "../../common/FigureCard"

/** The producer's product changes still waiting for the OCOP office. */
export function PendingReviewsCard({ count }: { count: number | null | undefined }) {
  return (
    <FigureCard
      title="ocop.producer_console.dashboard.reviews_pending"
      icon={<HourglassTopIcon />}
      figure={typeof count === "number" ? count.toLocaleString("vi-VN") : count}
      to="/producer-products"
      linkLabel="ocop.producer_console.dashboard.open_products"
    />
  )
}
