import VerifiedIcon from "@mui/icons-material/Verified"
import { Datagrid, List, NumberField, SearchInput, SelectField, SelectInput, TextField } from "react-admin"
import { ListActions } from "../common/ListActions"
import { EXPIRING_SOON_DAYS } from "@ocop/domain"
import { DateViField } from "../common/DateViField"
import { EmptyState } from "../common/EmptyState"
import { StatusChip } from "../common/StatusChip"
import { CERTIFICATE_STATUS_COLORS, parseNumber, useCertificationChoices } from "./certification-choices"
import { QuickFilter } from "./QuickFilter"
import { StarsField } from "./StarsField"

/** OCOP certificates, soonest expiry first, so renewals are not missed. */
export function CertificationList() {
  const { statuses, stars, issuingLevels } = useCertificationChoices()
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses} />,
    <SelectInput key="star_level" source="star_level" choices={stars} parse={parseNumber} />,
    <QuickFilter
      key="expiring"
      source="expiring_within_days"
      label="ocop.certifications.expiring_filter"
      defaultValue={EXPIRING_SOON_DAYS}
    />,
  ]
  return (
    <List
      filters={filters}
      sort={{ field: "valid_until", order: "ASC" }}
      actions={<ListActions create filterButton />}
      empty={<EmptyState message="ocop.empty.certifications" icon={<VerifiedIcon />} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="certificate_number" />
        <TextField source="product.title" label="resources.certifications.fields.product" sortable={false} />
        <TextField source="producer.name" label="resources.certifications.fields.producer" sortable={false} />
        <StarsField source="star_level" />
        <NumberField source="score" locales="vi-VN" />
        <SelectField source="issuing_level" choices={issuingLevels} />
        <DateViField source="valid_until" />
        <StatusChip source="status" i18nPrefix="ocop.certifications.status." colors={CERTIFICATE_STATUS_COLORS} />
      </Datagrid>
    </List>
  )
}
