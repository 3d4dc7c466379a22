import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { formatVnd } from "@ocop/domain"
import {
  EditButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin"
import { DateViField } from "../common/DateViField"
import { StatusChip } from "../common/StatusChip"
import { VndField } from "../common/VndField"
import { BoothLossForm } from "./BoothLossForm"
import { SpendingForm, StatusButtons } from "./EventActions"
import { EVENT_STATUS_COLORS } from "./EventList"
import { EventPrices } from "./EventPrices"
import { EventReport } from "./EventReport"
import { Leads } from "./Leads"
import { Participants } from "./Participants"

type Line = { id: string; kind: string; label: string | null; amount: number; spent: number }

function Budget() {
  const record = useRecordContext<{ budget_lines: Line[]; budget_total: number; spent_total: number }>()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate("resources.trade-events.fields.budget_lines")}</TableCell>
          <TableCell align="right">{translate("resources.trade-events.fields.amount")}</TableCell>
          <TableCell align="right">{translate("ocop.events.spent")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.budget_lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell>{line.label || translate(`ocop.events.line.${line.kind}`)}</TableCell>
            <TableCell align="right">{formatVnd(line.amount)}</TableCell>
            <TableCell align="right">{formatVnd(line.spent)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>
            <strong>{translate("resources.trade-events.fields.budget_total")}</strong>
          </TableCell>
          <TableCell align="right">
            <strong>{formatVnd(record.budget_total)}</strong>
          </TableCell>
          <TableCell align="right">
            <strong>{formatVnd(record.spent_total)}</strong>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  )
}

function ReportTitle() {
  const record = useRecordContext<{ report: unknown }>()
  const translate = useTranslate()
  return record?.report ? <Typography variant="h6">{translate("ocop.events.report.title")}</Typography> : null
}

function ReadOnlyNote() {
  const record = useRecordContext<{ read_only: boolean }>()
  const translate = useTranslate()
  return record?.read_only ? <Alert severity="info">{translate("ocop.events.read_only")}</Alert> : null
}

function Actions() {
  const record = useRecordContext<{ read_only: boolean }>()
  return <TopToolbar>{record && !record.read_only ? <EditButton /> : null}</TopToolbar>
}

/** An event: what, where, when, its status and the buttons that move it, budget and spending, participants. */
export function EventShow() {
  const translate = useTranslate()
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <ReadOnlyNote />
        <TextField source="name" variant="h6" />
        <TextField source="name_en" />
        <StatusChip source="kind" i18nPrefix="ocop.events.kind." colors={{}} />
        <StatusChip source="status" i18nPrefix="ocop.events.status." colors={EVENT_STATUS_COLORS} />
        <StatusButtons />
        <TextField source="province" />
        <TextField source="address" />
        <DateViField source="starts_on" />
        <DateViField source="ends_on" />
        <TextField source="organiser" />
        <TextField source="responsible.name" label="resources.trade-events.fields.responsible_user_id" emptyText="—" />
        <VndField source="revenue_target" />
        <TextField source="description" />
        <Labeled label={translate("ocop.events.budget")} fullWidth>
          <Budget />
        </Labeled>
        <SpendingForm />
        <Typography variant="h6">{translate("ocop.events.participants")}</Typography>
        <Participants />
        <Typography variant="h6">{translate("ocop.events.prices")}</Typography>
        <EventPrices />
        <Typography variant="h6">{translate("ocop.events.leads")}</Typography>
        <Leads />
        <ReportTitle />
        <EventReport />
        <BoothLossForm />
      </SimpleShowLayout>
    </Show>
  )
}
