import { Datagrid, List, NumberField, SelectInput, TextField, TextInput, useTranslate } from "react-admin"
import { EVENT_KINDS, EVENT_STATUSES } from "@ocop/domain"
import { DateViField } from "../common/DateViField"
import { StatusChip } from "../common/StatusChip"
import { VndField } from "../common/VndField"

export const EVENT_STATUS_COLORS = { planned: "info", open: "success", closed: "default" } as const

const choices = (keys: readonly string[], prefix: string) => keys.map((id) => ({ id, name: `${prefix}${id}` }))

/** Trade promotion's events, the latest first, with their budget and what was spent. */
export function EventList() {
  const translate = useTranslate()
  return (
    <List
      sort={{ field: "starts_at", order: "DESC" }}
      exporter={false}
      title={translate("resources.trade-events.name", { smart_count: 2 })}
      filters={[
        <TextInput key="q" source="q" alwaysOn label="ra.action.search" />,
        <SelectInput key="status" source="status" choices={choices(EVENT_STATUSES, "ocop.events.status.")} />,
        <SelectInput key="kind" source="kind" choices={choices(EVENT_KINDS, "ocop.events.kind.")} />,
      ]}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <StatusChip source="kind" i18nPrefix="ocop.events.kind." colors={{}} sortable={false} />
        <TextField source="province" sortable={false} />
        <DateViField source="starts_on" sortBy="starts_at" />
        <DateViField source="ends_on" sortable={false} />
        <StatusChip source="status" i18nPrefix="ocop.events.status." colors={EVENT_STATUS_COLORS} sortable={false} />
        <VndField source="budget_total" sortable={false} />
        <VndField source="spent_total" sortable={false} />
        <NumberField source="participant_count" sortable={false} />
      </Datagrid>
    </List>
  )
}
