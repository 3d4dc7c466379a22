import { Button, Stack, TextField } from "@mui/material"
import { formatCalendarDay, vietnamCalendarDay } from "@ocop/domain"
import { useState } from "react"
import { useTranslate } from "react-admin"
import type { Period } from "./api"

/** This month so far, in Vietnam days: the period a statement opens on. */
export function thisMonth(now = new Date()): Period {
  const today = vietnamCalendarDay(now)
  return { from: formatCalendarDay({ ...today, day: 1 }), to: formatCalendarDay(today) }
}

/** Two dates and a button; the period changes only when the button is pressed. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const translate = useTranslate()
  const [draft, setDraft] = useState(value)
  return (
    <Stack direction="row" spacing={2} sx={{ my: 2, alignItems: "center" }}>
      <TextField
        type="date"
        size="small"
        label={translate("ocop.payouts.from")}
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        type="date"
        size="small"
        label={translate("ocop.payouts.to")}
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <Button variant="contained" onClick={() => onChange(draft)}>
        {translate("ocop.payouts.show")}
      </Button>
    </Stack>
  )
}
