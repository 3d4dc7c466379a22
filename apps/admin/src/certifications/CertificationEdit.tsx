import { Edit } from "react-admin"
import { CertificationForm } from "./CertificationForm"
import { CertificationTitle } from "./CertificationTitle"

/**
 * Correcting a certificate's data. Pessimistic so that the server's field errors (duplicate
 * certificate number…) appear next to the inputs instead of after an undo delay.
 */
export function CertificationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<CertificationTitle />}>
      <CertificationForm productLocked />
    </Edit>
  )
}
