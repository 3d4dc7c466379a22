import PaymentsIcon from "@mui/icons-material/Payments"
import { useTranslate } from "react-admin"
import { formatVndSafe } from "../../common/VndField"
import type { ProducerDashboard } from "../../providers/producer-data-provider"
import { FigureCard } from "../../common/FigureCard"

/** This month's revenue from the producer's lines, in đồng, and how many orders it came from. */
export function SalesThisMonthCard({ sales }: { sales: ProducerDashboard["sales_this_month"] | null | undefined }) {
  const translate = useTranslate()
  return (
    <FigureCard
      title="ocop.producer_console.dashboard.sales_this_month"
      icon={<PaymentsIcon />}
      figure={sales ? formatVndSafe(sales.revenue_vnd) : sales}
      detail={sales ? translate("ocop.producer_console.dashboard.sales_orders", { smart_count: sales.orders }) : null}
    />
  )
}
