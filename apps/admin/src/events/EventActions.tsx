import { useState } from "react"
import { Box, Button, MenuItem, Stack, TextField as MuiTextField } from "@mui/material"
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from "react-admin"
import { parseVnd } from "@ocop/domain"
import { parseDateInput } from "../common/DateViInput"

type EventRecord = {
  id: string
  read_only: boolean
  next_statuses: string[]
  budget_lines: { id: string; kind: string; label: string | null }[]
}

/**
 * One POST under the event (`status`, `spendings`, `participants`), then a refresh; a refusal is
 * shown by its code (`ocop.events.refusal.*`), field errors by their message.
 */
export function useEventAction() {
  const dataProvider = useDataProvider()
  const notify = useNotify()
  const refresh = useRefresh()
  return async (eventId: string, path: string, data: Record<string, unknown>) => {
    try {
      await dataProvider.create(`trade-events/${eventId}/${path}`, { data })
      notify("ocop.events.done", { type: "success" })
      refresh()
      return true
    } catch (error) {
      const body = (error as HttpError).body as { code?: string; errors?: Record<string, string> } | undefined
      const message = body?.code
        ? `ocop.events.refusal.${body.code}`
        : body?.errors
          ? Object.values(body.errors).join("; ")
          : (error as Error).message
      notify(message, { type: "error", messageArgs: { _: message } })
      return false
    }
  }
}

/** The buttons that move the event on (planned → open → closed), as the server's table allows. */
export function StatusButtons() {
  const record = useRecordContext<EventRecord>()
  const translate = useTranslate()
  const act = useEventAction()
  if (!record) return null
  return (
    <Stack direction="row" spacing={1}>
      {record.next_statuses.map((status) => (
        <Button key={status} variant="contained" onClick={() => void act(record.id, "status", { status })}>
          {translate(`ocop.events.move.${status}`)}
        </Button>
      ))}
    </Stack>
  )
}

/** Records money spent against one of the event's budget lines. */
export function SpendingForm() {
  const record = useRecordContext<EventRecord>()
  const translate = useTranslate()
  const act = useEventAction()
  const [line, setLine] = useState("")
  const [amount, setAmount] = useState("")
  const [day, setDay] = useState("")
  const [note, setNote] = useState("")
  if (!record || record.read_only || record.budget_lines.length === 0) return null
  const submit = async () => {
    let vnd: number | string = amount
    try {
      vnd = parseVnd(amount)
    } catch {
      // the server names the field
    }
    const done = await act(record.id, "spendings", {
      budget_line_id: line,
      amount: vnd,
      spent_on: parseDateInput(day) ?? "",
      note,
    })
    if (done) setAmount("")
  }
  const field = (key: string) => translate(`resources.trade-events.fields.${key}`)
  return (
    <Box component="form" sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mt: 1 }}>
      <MuiTextField
        select
        size="small"
        label={field("budget_lines")}
        value={line}
        onChange={(e) => setLine(e.target.value)}
        sx={{ minWidth: 200 }}
      >
        {record.budget_lines.map((l) => (
          <MenuItem key={l.id} value={l.id}>
            {l.label || translate(`ocop.events.line.${l.kind}`)}
          </MenuItem>
        ))}
      </MuiTextField>
      <MuiTextField size="small" label={field("amount")} value={amount} onChange={(e) => setAmount(e.target.value)} />
      <MuiTextField
        size="small"
        label={field("spent_on")}
        placeholder="dd/mm/yyyy"
        value={day}
        onChange={(e) => setDay(e.target.value)}
      />
      <MuiTextField size="small" label={field("note")} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button variant="outlined" onClick={() => void submit()}>
        {translate("ocop.events.record_spending")}
      </Button>
    </Box>
  )
}
