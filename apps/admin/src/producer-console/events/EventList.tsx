import EventIcon from "@mui/icons-material/Event"
import { Datagrid, FunctionField, List, TextField } from "react-admin"
import { StatusChip } from "../../common/StatusChip"
import { ProducerEmpty } from "../ProducerEmpty"
import { EVENT_COLORS, eventDays, INVITATION_COLORS, type ProducerEventRecord } from "./producer-event"

/** The events the producer is invited to, the latest first (the server's order), with its answer. */
export function ProducerEventList() {
  return (
    <List
      actions={false}
      pagination={false}
      empty={<ProducerEmpty message="ocop.producer_console.events.empty" icon={<EventIcon />} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <StatusChip source="kind" i18nPrefix="ocop.events.kind." colors={{}} sortable={false} />
        <FunctionField<ProducerEventRecord> source="days" sortable={false} render={(record) => eventDays(record)} />
        <TextField source="province" sortable={false} />
        <StatusChip source="status" i18nPrefix="ocop.events.status." colors={EVENT_COLORS} sortable={false} />
        <StatusChip
          source="invitation.status"
          label="resources.producer-events.fields.invitation"
          i18nPrefix="ocop.events.participant."
          colors={INVITATION_COLORS}
          sortable={false}
        />
        <TextField
          source="invitation.booth_number"
          label="resources.producer-events.fields.booth_number"
          sortable={false}
          emptyText="—"
        />
      </Datagrid>
    </List>
  )
}
