import { Typography } from "@mui/material"
import { ArrayField, Datagrid, TextField, useTranslate, type Identifier } from "react-admin"
import { StarsField } from "../certifications/StarsField"
import { DateViField } from "../common/DateViField"
import { StatusChip } from "../common/StatusChip"

const CERTIFICATE_COLORS = { valid: "success", expired: "default", revoked: "error" } as const

/**
 * Certificates of the producer's products, as the producer's record carries them (only for roles
 * that may read certificates; the tab is not offered to the others).
 */
export function ProducerCertificationsTab() {
  const translate = useTranslate()
  return (
    <ArrayField source="certifications">
      <Datagrid
        bulkActionButtons={false}
        rowClick={(id: Identifier) => `/certifications/${encodeURIComponent(String(id))}/show`}
        empty={<Typography role="status">{translate("ocop.producer_page.certifications_empty")}</Typography>}
      >
        <TextField
          source="certificate_number"
          label="resources.certifications.fields.certificate_number"
          sortable={false}
        />
        <TextField source="product.title" label="ocop.producer_page.certificate_product" sortable={false} />
        <StarsField source="star_level" label="resources.certifications.fields.star_level" sortable={false} />
        <StatusChip
          source="status"
          label="resources.certifications.fields.status"
          i18nPrefix="ocop.certifications.status."
          colors={CERTIFICATE_COLORS}
          sortable={false}
        />
        <DateViField source="valid_until" label="resources.certifications.fields.valid_until" sortable={false} />
      </Datagrid>
    </ArrayField>
  )
}
