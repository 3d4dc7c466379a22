import VerifiedIcon from "@mui/icons-material/Verified"
import { CountCard } from "./CountCard"

const FILTER = { status: "valid" }

/** Certificates in force: products that may carry the OCOP badge. */
export function ValidCertificationCount() {
  return (
    <CountCard
      resource="certifications"
      title="ocop.dashboard.certifications_valid"
      icon={<VerifiedIcon />}
      filter={FILTER}
    />
  )
}
