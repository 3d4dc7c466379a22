import { Stack } from "@mui/material"
import { Title, useGetIdentity, useTranslate } from "react-admin"
import { WelcomeCard } from "../../common/WelcomeCard"
import type { ProducerIdentity } from "../../providers/producer-auth"
import { ExpiringCertificatesCard } from "./ExpiringCertificatesCard"
import { OrdersToPrepareCard } from "./OrdersToPrepareCard"
import { PendingReviewsCard } from "./PendingReviewsCard"
import { SalesByMonthCard } from "./SalesByMonthCard"
import { SalesThisMonthCard } from "./SalesThisMonthCard"
import { StockCard } from "./StockCard"
import { useProducerDashboard } from "./use-producer-dashboard"

/** A producer's home: what to do today (orders, reviews, certificates), how sales go, what stock is left. */
export function ProducerDashboard() {
  const translate = useTranslate()
  const { identity } = useGetIdentity()
  const { dashboard, isPending } = useProducerDashboard()
  // undefined: still loading; null: the figures could not be read.
  const pick = <T,>(get: (d: NonNullable<typeof dashboard>) => T): T | null | undefined =>
    isPending ? undefined : dashboard ? get(dashboard) : null
  const producerName = (identity as ProducerIdentity | undefined)?.producerName
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("ra.page.dashboard")} />
      <WelcomeCard title={translate("ocop.producer_console.dashboard.welcome", { name: identity?.fullName ?? "" })}>
        {producerName ? `${producerName}. ` : ""}
        {translate("ocop.producer_console.dashboard.welcome_body")}
      </WelcomeCard>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <OrdersToPrepareCard count={pick((d) => d.orders_to_prepare)} />
        <SalesThisMonthCard sales={pick((d) => d.sales_this_month)} />
        <PendingReviewsCard count={pick((d) => d.reviews_pending)} />
      </Stack>
      <Stack direction={{ xs: "column", lg: "row" }} spacing={2}>
        <SalesByMonthCard dashboard={pick((d) => d)} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <StockCard stock={pick((d) => d.stock)} />
        <ExpiringCertificatesCard certificates={pick((d) => d.certificates_expiring)} />
      </Stack>
    </Stack>
  )
}
