import AssignmentIcon from "@mui/icons-material/Assignment"
import { TO_PREPARE } from "../orders/OrderList"
import { FigureCard } from "../../common/FigureCard"

const TO_ORDERS = `/producer-orders?filter=${encodeURIComponent(JSON.stringify(TO_PREPARE))}`

/** Orders holding the producer's products that still wait to be prepared. */
export function OrdersToPrepareCard({ count }: { count: number | null | undefined }) {
  return (
    <FigureCard
      title="ocop.producer_console.dashboard.orders_to_prepare"
      icon={<AssignmentIcon />}
      figure={typeof count === "number" ? count.toLocaleString("vi-VN") : count}
      to={TO_ORDERS}
      linkLabel="ocop.producer_console.dashboard.open_orders"
    />
  )
}
