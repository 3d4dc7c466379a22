import { Alert, Button, Skeleton, Stack } from "@mui/material"
import { Loading, Title, usePermissions, useTranslate } from "react-admin"
import { asRole, isProducer } from "../auth/roles"
import { dashboardSectionsOf } from "@ocop/domain"
import { ProducerDashboard } from "../producer-console/dashboard/ProducerDashboard"
import { OperationsPanel } from "./OperationsPanel"
import { RegisterPanel } from "./RegisterPanel"
import { SalesPanel } from "./SalesPanel"
import { useStaffDashboard } from "./use-staff-dashboard"
import { Welcome } from "./Welcome"

/** Home page: a producer's own figures, or a welcome and the figures of the staff member's role. */
export function Dashboard() {
  const { permissions, isPending } = usePermissions()
  // Wait for the actor: a producer must never see the staff home, even for a moment.
  if (isPending) return <Loading />
  return isProducer(permissions) ? <ProducerDashboard /> : <StaffDashboard permissions={permissions} />
}

/**
 * The parts of the role's line in DASHBOARD_SECTIONS_BY_ROLE, from one request; a role with none
 * (a clerk, whose home is the counter) asks for nothing, since the server would refuse it.
 */
function StaffDashboard({ permissions }: { permissions: unknown }) {
  const translate = useTranslate()
  const sections = dashboardSectionsOf(asRole(permissions))
  const { dashboard, isPending, error, reload } = useStaffDashboard(sections.length > 0)
  let body
  if (sections.length === 0) body = null
  else if (isPending) body = <Skeleton variant="rounded" height={240} aria-label={translate("ra.page.loading")} />
  else if (error || !dashboard)
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={reload}>
            {translate("ocop.home.retry")}
          </Button>
        }
      >
        {translate("ocop.home.error")}
      </Alert>
    )
  else
    body = dashboard.sections.map((section) => {
      if (section === "sales" && dashboard.sales)
        return <SalesPanel key={section} sales={dashboard.sales} from={dashboard.month_from} to={dashboard.today} />
      if (section === "operations" && dashboard.operations)
        return <OperationsPanel key={section} operations={dashboard.operations} />
      if (section === "register" && dashboard.register)
        return <RegisterPanel key={section} register={dashboard.register} />
      return null
    })
  return (
    <Stack spacing={3} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate("ra.page.dashboard")} />
      <Welcome />
      {body}
    </Stack>
  )
}
