import { Typography } from "@mui/material"
import { BooleanField, Datagrid, Pagination, ReferenceManyField, TextField, useTranslate } from "react-admin"
import { StarsField } from "../certifications/StarsField"
import { VndField } from "../common/VndField"

/** The producer's OCOP products with their stars, certificate, whether buyers see them, and price. */
export function ProducerProductsTab() {
  const translate = useTranslate()
  return (
    <ReferenceManyField
      reference="products"
      target="producer_id"
      sort={{ field: "title", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25]} />}
    >
      <Datagrid
        rowClick="edit"
        bulkActionButtons={false}
        empty={<Typography role="status">{translate("ocop.producer_page.products_empty")}</Typography>}
      >
        <TextField source="title" />
        <StarsField source="star_level" />
        <BooleanField source="is_certified" sortable={false} />
        <BooleanField source="published" sortable={false} />
        <VndField source="min_price" />
      </Datagrid>
    </ReferenceManyField>
  )
}
