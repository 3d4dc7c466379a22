import FactoryIcon from "@mui/icons-material/Factory"
import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField } from "react-admin"
import { ListActions } from "../common/ListActions"
import { ImportDialog } from "./ImportDialog"
import { useDistrictChoices, useDomainLocale, useProducerKindChoices } from "../common/domain-labels"
import { DateViField } from "../common/DateViField"
import { EmptyState } from "../common/EmptyState"
import { StatusChip } from "../common/StatusChip"
import { producerCsvColumns } from "./producer-csv"
import { PRODUCER_STATUS_COLORS, useProducerStatusChoices } from "./producer-status"

/** The producer register: search by name, filter by district, kind and status. */
export function ProducerList() {
  const districts = useDistrictChoices()
  const kinds = useProducerKindChoices()
  const statuses = useProducerStatusChoices()
  const locale = useDomainLocale()
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="district" source="district" choices={districts} />,
    <SelectInput key="kind" source="kind" choices={kinds} />,
    <SelectInput key="status" source="status" choices={statuses} />,
  ]
  return (
    <List
      filters={filters}
      sort={{ field: "name", order: "ASC" }}
      actions={
        <ListActions create csvColumns={producerCsvColumns(locale)}>
          <ImportDialog />
        </ListActions>
      }
      empty={<EmptyState message="ocop.empty.producers" icon={<FactoryIcon />} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <SelectField source="kind" choices={kinds} />
        <SelectField source="district" choices={districts} />
        <TextField source="commune" />
        <TextField source="representative" />
        <TextField source="phone" sortable={false} />
        <StatusChip source="status" i18nPrefix="ocop.producers.status." colors={PRODUCER_STATUS_COLORS} />
        <DateViField source="created_at" />
      </Datagrid>
    </List>
  )
}
