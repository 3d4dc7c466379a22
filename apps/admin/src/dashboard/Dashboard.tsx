import { Stack } from "@mui/material"
import { Loading, Title, usePermissions, useTranslate } from "react-admin"
import { canRead, canWrite, isProducer } from "../auth/roles"
import { ProducerDashboard } from "../producer-console/dashboard/ProducerDashboard"
import { ExpiringCertificationCount } from "./ExpiringCertificationCount"
import { PendingReviewCount } from "./PendingReviewCount"
import { ProducerCount } from "./ProducerCount"
import { ValidCertificationCount } from "./ValidCertificationCount"
import { Welcome } from "./Welcome"

/** Home page: a producer's own figures, or a welcome and the register's figures the staff role may see. */
export function Dashboard() {
  const { permissions, isPending } = usePermissions()
  // Wait for the actor: a producer must never see the staff home, even for a moment.
  if (isPending) return <Loading />
  return isProducer(permissions) ? <ProducerDashboard /> : <StaffDashboard permissions={permissions} />
}

function StaffDashboard({ permissions }: { permissions: unknown }) {
  const translate = useTranslate()
  // Only figures the role may read: a refused request would flash "not allowed" on the home page.
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("ra.page.dashboard")} />
      <Welcome />
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        {canRead(permissions, "register") ? <ProducerCount /> : null}
        {canRead(permissions, "certificates") ? <ValidCertificationCount /> : null}
        {canRead(permissions, "certificates") ? <ExpiringCertificationCount /> : null}
        {/* The queue is for those who decide: the OCOP office (and administrators). */}
        {canWrite(permissions, "register") ? <PendingReviewCount /> : null}
      </Stack>
    </Stack>
  )
}
