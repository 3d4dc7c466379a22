import { Typography } from "@mui/material"
import { PRODUCT_REVIEW_STATUSES } from "@ocop/domain"
import {
  AutocompleteInput,
  Datagrid,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  FilterButton,
  useTranslate,
} from "react-admin"
import { DateViField } from "../common/DateViField"
import { StatusChip } from "../common/StatusChip"
import { REVIEW_KIND_COLORS, REVIEW_STATUS_COLORS } from "./review-model"

/** The queue shows what waits first; other states are one filter away. */
export const DEFAULT_FILTER = { status: "pending" }

function NothingWaiting() {
  const translate = useTranslate()
  return (
    <Typography role="status" sx={{ p: 3, textAlign: "center" }} color="text.secondary">
      {translate("ocop.reviews.empty")}
    </Typography>
  )
}

/** Product changes sent by producers, waiting for (or past) an OCOP office decision. */
export function ReviewList() {
  const translate = useTranslate()
  const statuses = PRODUCT_REVIEW_STATUSES.map((id) => ({ id, name: translate(`ocop.reviews.status.${id}`) }))
  const filters = [
    <SelectInput key="status" source="status" choices={statuses} alwaysOn emptyText="ocop.reviews.all_statuses" />,
    <ReferenceInput key="producer_id" source="producer_id" reference="producers">
      <AutocompleteInput optionText="name" />
    </ReferenceInput>,
  ]
  return (
    <List
      filters={filters}
      filterDefaultValues={DEFAULT_FILTER}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<NothingWaiting />}>
        <TextField source="product_title" sortable={false} />
        <TextField source="producer_name" sortable={false} />
        <StatusChip source="kind" i18nPrefix="ocop.reviews.kind." colors={REVIEW_KIND_COLORS} sortable={false} />
        <StatusChip source="status" i18nPrefix="ocop.reviews.status." colors={REVIEW_STATUS_COLORS} sortable={false} />
        <DateViField source="submitted_at" sortable={false} />
        <DateViField source="reviewed_at" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  )
}
