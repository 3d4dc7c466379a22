import {
  EditButton,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from "react-admin"
import { DateViField } from "../common/DateViField"
import { StatusChip } from "../common/StatusChip"
import { CERTIFICATE_STATUS_COLORS, useCertificationChoices, type CertificationRecord } from "./certification-choices"
import { CertificationTitle } from "./CertificationTitle"
import { InspectionsPanel } from "./InspectionsPanel"
import { RevokeButton } from "./RevokeButton"
import { StarsField } from "./StarsField"

function CertificationShowActions() {
  const { canAccess: editable } = useCanAccess({ resource: "certifications", action: "edit" })
  const record = useRecordContext<CertificationRecord>()
  // A revoked certificate is a closed legal record: no edits, no second revocation.
  if (!editable || record?.status === "revoked") return <TopToolbar />
  return (
    <TopToolbar>
      <RevokeButton />
      <EditButton />
    </TopToolbar>
  )
}

function RevocationFields() {
  const record = useRecordContext<CertificationRecord>()
  if (record?.status !== "revoked") return null
  return (
    <SimpleShowLayout sx={{ p: 0 }}>
      <TextField source="revocation_reason" />
      <DateViField source="revoked_at" />
    </SimpleShowLayout>
  )
}

/** One certificate with its legal references and its inspections. */
export function CertificationShow() {
  const { issuingLevels } = useCertificationChoices()
  return (
    <Show actions={<CertificationShowActions />} title={<CertificationTitle />}>
      <SimpleShowLayout>
        <TextField source="certificate_number" />
        <StatusChip source="status" i18nPrefix="ocop.certifications.status." colors={CERTIFICATE_STATUS_COLORS} />
        <TextField source="product.title" label="resources.certifications.fields.product" />
        <TextField source="producer.name" label="resources.certifications.fields.producer" />
        <StarsField source="star_level" />
        <NumberField source="score" locales="vi-VN" />
        <SelectField source="issuing_level" choices={issuingLevels} />
        <TextField source="decision_number" />
        <DateViField source="decision_date" />
        <DateViField source="valid_from" />
        <DateViField source="valid_until" />
        <RevocationFields />
      </SimpleShowLayout>
      <InspectionsPanel />
    </Show>
  )
}
