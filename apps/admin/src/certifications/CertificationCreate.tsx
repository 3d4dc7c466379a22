import { Create } from "react-admin"
import { CertificationForm } from "./CertificationForm"

/** Entering a certificate from a provincial decision (Quyết định …/QĐ-UBND). */
export function CertificationCreate() {
  return (
    <Create redirect="show">
      <CertificationForm defaultValues={{ issuing_level: "provincial" }} />
    </Create>
  )
}
