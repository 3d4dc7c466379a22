import { Alert, Box, Chip, List, ListItem, ListItemText, Stack, Typography } from "@mui/material"
import { FunctionField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from "react-admin"
import { formatDateSafe } from "../../common/DateViField"
import { StatusChip } from "../../common/StatusChip"
import { AnswerForm } from "./AnswerForm"
import { BoothStockForm } from "./BoothStockForm"
import { EVENT_COLORS, eventDays, INVITATION_COLORS, type ProducerEventRecord } from "./producer-event"

function Title() {
  const record = useRecordContext<ProducerEventRecord>()
  return <span>{record?.name ?? ""}</span>
}

function ClosedNote() {
  const record = useRecordContext<ProducerEventRecord>()
  const translate = useTranslate()
  return record?.read_only ? <Alert severity="info">{translate("ocop.producer_console.events.closed")}</Alert> : null
}

/** The producer's own invitation: its answer, booth number and the products it brings with their units. */
function Invitation() {
  const record = useRecordContext<ProducerEventRecord>()
  const translate = useTranslate()
  if (!record) return null
  const t = (key: string, args?: Record<string, unknown>) => translate(`ocop.producer_console.events.${key}`, args)
  const { invitation } = record
  return (
    <Box component="section" aria-label={t("invitation")}>
      <Typography variant="h6" component="h2" gutterBottom>
        {t("invitation")}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
        <Chip
          size="small"
          color={INVITATION_COLORS[invitation.status] ?? "default"}
          label={translate(`ocop.events.participant.${invitation.status}`)}
        />
        <Typography variant="body2">
          {invitation.booth_number ? `${t("booth")} ${invitation.booth_number}` : t("no_booth")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {invitation.answered_at
            ? t("answered_on", { date: formatDateSafe(invitation.answered_at) })
            : t("not_answered")}
        </Typography>
      </Stack>
      <Typography variant="subtitle2" component="h3">
        {t("your_products")}
      </Typography>
      {invitation.products.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t("no_products")}
        </Typography>
      ) : (
        <List dense disablePadding>
          {invitation.products.map((p) => (
            <ListItem key={p.product_id} disableGutters>
              <ListItemText
                primary={p.title ?? p.product_id}
                secondary={`${translate("ocop.events.units")}: ${p.units}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  )
}

/** One event the producer is invited to: what, where, when, its invitation and the answer form. */
export function ProducerEventShow() {
  return (
    <Show title={<Title />} actions={false}>
      <SimpleShowLayout>
        <ClosedNote />
        <TextField source="name" variant="h6" />
        <StatusChip source="kind" i18nPrefix="ocop.events.kind." colors={{}} />
        <StatusChip source="status" i18nPrefix="ocop.events.status." colors={EVENT_COLORS} />
        <FunctionField<ProducerEventRecord> source="days" render={(record) => eventDays(record)} />
        <FunctionField<ProducerEventRecord>
          source="address"
          render={(record) => [record.address, record.province].filter(Boolean).join(", ")}
        />
        <TextField source="organiser" />
        <TextField source="description" emptyText="—" />
        <Invitation />
        <BoothStockForm />
        <AnswerForm />
      </SimpleShowLayout>
    </Show>
  )
}
