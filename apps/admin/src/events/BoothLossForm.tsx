import { Box, MenuItem, Stack, TextField, Typography } from "@mui/material"
import { BOOTH_LOSS_REASONS, type BoothLossReason } from "@ocop/domain"
import { useState, type FormEvent } from "react"
import { useRecordContext, useTranslate } from "react-admin"
import { RowSubmit, VariantQuantityFields } from "../common/VariantQuantityFields"
import { parseQuantity } from "../producer-console/stock/VariantStock"
import { useEventAction } from "./EventActions"

type StockRow = { variant_id: string; title: string; on_hand: number }
type EventWithReport = { id: string; read_only: boolean; report: { stock: StockRow[] } | null }

/**
 * Units lost at the booth (broken, expired, missing, given to taste): staff record them with a reason,
 * the booth's stock falls by them and the reconciliation counts them as lost, not sold. Only what the
 * booth holds can be lost, so only its variants with units on hand are offered; the server checks again.
 */
export function BoothLossForm() {
  const record = useRecordContext<EventWithReport>()
  const translate = useTranslate()
  const t = (key: string) => translate(`ocop.events.loss.${key}`)
  const act = useEventAction()
  const [variant, setVariant] = useState("")
  const [text, setText] = useState("")
  const [reason, setReason] = useState<BoothLossReason | "">("")
  const [note, setNote] = useState("")
  const [tried, setTried] = useState(false)
  const held = (record?.report?.stock ?? []).filter((row) => row.on_hand > 0)
  if (!record || record.read_only || held.length === 0) return null
  const quantity = parseQuantity(text)

  const send = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (!variant || !reason || quantity === null || quantity < 1) return
    const body = { lines: [{ variant_id: variant, quantity }], reason, ...(note.trim() ? { note: note.trim() } : {}) }
    if (await act(record.id, "booth-losses", body)) {
      setText("")
      setNote("")
      setTried(false)
    }
  }

  return (
    <Box component="section" aria-label={t("title")} sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {t("title")}
      </Typography>
      <Stack component="form" noValidate onSubmit={send} direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
        <VariantQuantityFields
          choices={held.map((row) => ({ id: row.variant_id, label: `${row.title} (${t("on_hand")} ${row.on_hand})` }))}
          variant={variant}
          onVariant={setVariant}
          quantityText={text}
          onQuantityText={setText}
          tried={tried}
          t={t}
        />
        <TextField
          select
          size="small"
          label={t("reason")}
          value={reason}
          onChange={(e) => setReason(e.target.value as BoothLossReason)}
          error={tried && !reason}
          sx={{ minWidth: 200 }}
        >
          {BOOTH_LOSS_REASONS.map((r) => (
            <MenuItem key={r} value={r}>
              {translate(`ocop.events.loss_reason.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" label={t("note")} value={note} onChange={(e) => setNote(e.target.value)} />
        <RowSubmit label={t("submit")} />
      </Stack>
    </Box>
  )
}
