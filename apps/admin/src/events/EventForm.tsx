import {
  ArrayInput,
  Create,
  Edit,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useLocale,
  useRecordContext,
  useTranslate,
} from "react-admin"
import { Alert } from "@mui/material"
import { useEffect, useState } from "react"
import {
  BUDGET_LINE_KINDS,
  EVENT_KINDS,
  tradeEventInputSchema,
  tradeEventUpdateSchema,
  VIETNAM_PROVINCES,
} from "@ocop/domain"
import { DateViInput } from "../common/DateViInput"
import { VndInput } from "../common/VndInput"
import { zodFormValidator } from "../common/zod-validator"
import { domainLocale } from "../i18n/i18n-provider"
import { counterApi } from "../providers"

const choices = (keys: readonly string[], prefix: string) => keys.map((id) => ({ id, name: `${prefix}${id}` }))

/** Only what the API takes: budget lines lose the spending the answer carried. */
export function eventFromForm(values: Record<string, unknown>): Record<string, unknown> {
  const lines = values.budget_lines as Record<string, unknown>[] | undefined
  const fields = Object.keys(tradeEventUpdateSchema.shape)
  const out = Object.fromEntries(Object.entries(values).filter(([k]) => fields.includes(k)))
  if (lines) {
    out.budget_lines = lines.map(({ id, kind, label, amount }) => ({ ...(id ? { id } : {}), kind, label, amount }))
  }
  return out
}

/** The staff who may run events, as choices "Name (e-mail)"; the server checks the pick again. */
function ResponsibleInput() {
  const [staff, setStaff] = useState<{ id: string; name: string }[]>([])
  useEffect(() => {
    void counterApi
      .eventStaff()
      .then((list) =>
        setStaff(list.map((s) => ({ id: s.id, name: s.name === s.email ? s.email : `${s.name} (${s.email})` }))),
      )
      .catch(() => setStaff([]))
  }, [])
  return <SelectInput source="responsible_user_id" choices={staff} translateChoice={false} emptyText="—" fullWidth />
}

function EventFields({ create }: { create?: boolean }) {
  const locale = domainLocale(useLocale())
  return (
    <SimpleForm validate={zodFormValidator(create ? tradeEventInputSchema : tradeEventUpdateSchema, locale)}>
      <TextInput source="name" fullWidth />
      <TextInput source="name_en" fullWidth />
      <TextInput source="handle" helperText="tuan-le-ocop-ha-noi" />
      <SelectInput source="kind" choices={choices(EVENT_KINDS, "ocop.events.kind.")} />
      <SelectInput
        source="province"
        choices={VIETNAM_PROVINCES.map((p) => ({ id: p, name: p }))}
        translateChoice={false}
        defaultValue="Hà Nội"
      />
      <TextInput source="address" fullWidth />
      <DateViInput source="starts_on" />
      <DateViInput source="ends_on" />
      <TextInput source="organiser" fullWidth />
      <ResponsibleInput />
      <VndInput source="revenue_target" />
      <TextInput source="description" multiline fullWidth />
      <ArrayInput source="budget_lines">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="kind" choices={choices(BUDGET_LINE_KINDS, "ocop.events.line.")} />
          <TextInput source="label" />
          <VndInput source="amount" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  )
}

/** A new planned event; its booth (a place of sale) is made with it. */
export function EventCreate() {
  return (
    <Create transform={eventFromForm} redirect="show">
      <EventFields create />
    </Create>
  )
}

function EditBody() {
  const record = useRecordContext()
  const translate = useTranslate()
  if (record?.read_only) return <Alert severity="info">{translate("ocop.events.read_only")}</Alert>
  return <EventFields />
}

/** Changes an event that is not closed; a closed one is shown as read only (the server answers 409). */
export function EventEdit() {
  return (
    <Edit transform={eventFromForm} mutationMode="pessimistic" redirect="show">
      <EditBody />
    </Edit>
  )
}
