import EventBusyIcon from "@mui/icons-material/EventBusy"
import { EXPIRING_FILTER } from "../certifications/certification-choices"
import { CountCard } from "./CountCard"

/** Valid certificates ending within 90 days: producers to remind about re-evaluation. */
export function ExpiringCertificationCount() {
  return (
    <CountCard
      resource="certifications"
      title="ocop.dashboard.certifications_expiring"
      icon={<EventBusyIcon />}
      filter={EXPIRING_FILTER}
    />
  )
}
