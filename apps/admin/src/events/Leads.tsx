import { useState } from "react"
import {
  Box,
  Button,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material"
import { LEAD_STATUSES } from "@ocop/domain"
import { useRecordContext, useTranslate } from "react-admin"
import { useEventAction } from "./EventActions"

type Lead = {
  id: string
  company: string
  contact_name: string
  phone: string | null
  producer_name: string | null
  products: { title: string | null }[]
  volume: string | null
  status: string
}

type EventRecord = {
  id: string
  read_only: boolean
  leads: Lead[]
  participants: { producer_id: string; producer_name: string | null }[]
}

/** Trade buyers met at the booth; recorded while the event runs, followed up after it too. */
export function Leads() {
  const record = useRecordContext<EventRecord>()
  const translate = useTranslate()
  const act = useEventAction()
  const [form, setForm] = useState({ company: "", contact_name: "", phone: "", producer_id: "", volume: "" })
  if (!record) return null
  const t = (key: string) => translate(`ocop.events.lead.${key}`)
  const field = (key: keyof typeof form, label: string, select?: boolean) => (
    <MuiTextField
      size="small"
      select={select}
      label={label}
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      sx={select ? { minWidth: 220 } : undefined}
    >
      {select
        ? record.participants.map((p) => (
            <MenuItem key={p.producer_id} value={p.producer_id}>
              {p.producer_name ?? p.producer_id}
            </MenuItem>
          ))
        : null}
    </MuiTextField>
  )
  return (
    <Box>
      {record.leads.length === 0 ? (
        <Typography color="text.secondary">{t("none")}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t("company")}</TableCell>
              <TableCell>{t("contact")}</TableCell>
              <TableCell>{t("producer")}</TableCell>
              <TableCell>{t("volume")}</TableCell>
              <TableCell>{t("status")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {record.leads.map((lead) => (
              <TableRow key={lead.id}>
                <TableCell>{lead.company}</TableCell>
                <TableCell>
                  {lead.contact_name}
                  {lead.phone ? ` · ${lead.phone}` : ""}
                </TableCell>
                <TableCell>
                  {lead.producer_name}
                  {lead.products.length ? ` (${lead.products.map((p) => p.title).join(", ")})` : ""}
                </TableCell>
                <TableCell>{lead.volume ?? "—"}</TableCell>
                <TableCell>
                  <MuiTextField
                    select
                    size="small"
                    value={lead.status}
                    onChange={(e) => void act(record.id, `leads/${lead.id}`, { status: e.target.value })}
                    slotProps={{ htmlInput: { "aria-label": `${t("status")} ${lead.company}` } }}
                  >
                    {LEAD_STATUSES.map((s) => (
                      <MenuItem key={s} value={s}>
                        {translate(`ocop.events.lead_status.${s}`)}
                      </MenuItem>
                    ))}
                  </MuiTextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {record.read_only || record.participants.length === 0 ? null : (
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mt: 2 }}>
          {field("company", t("company"))}
          {field("contact_name", t("contact"))}
          {field("phone", t("phone"))}
          {field("producer_id", t("producer"), true)}
          {field("volume", t("volume"))}
          <Button
            variant="outlined"
            onClick={async () => {
              const done = await act(record.id, "leads", form)
              if (done) setForm({ company: "", contact_name: "", phone: "", producer_id: "", volume: "" })
            }}
          >
            {t("record")}
          </Button>
        </Box>
      )}
    </Box>
  )
}
