import {
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material"
import { useState } from "react"
import { Show, useNotify, useCanAccess, useRecordContext, useRefresh, useTranslate } from "react-admin"
import { counterApi } from "../providers"

type Line = {
  id: string
  title: string
  sku: string | null
  quantity: number
  received_quantity: number | null
  lost_quantity: number
  loss_reason: string | null
  loss_note: string | null
}
type Transfer = {
  id: string
  code: string
  status: string
  from_name: string
  to_name: string
  note: string | null
  created_at: string
  sent_at: string | null
  received_at: string | null
  lines: Line[]
}

/**
 * The delivery note (printable) and what can be done now: trade promotion sends or cancels it, the
 * destination counts what arrived and gives a reason for any shortfall.
 */
function DeliveryNote() {
  const t = useRecordContext<Transfer>()
  const translate = useTranslate()
  const notify = useNotify()
  const refresh = useRefresh()
  const { canAccess: moves = false } = useCanAccess({ resource: "stock-transfers", action: "edit" })
  const [counted, setCounted] = useState<Record<string, { received: string; reason: string }>>({})
  if (!t) return null
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run()
      refresh()
    } catch (error) {
      notify((error as Error).message, { type: "error" })
    }
  }
  const receiving = t.status === "sent"
  return (
    <Box className="delivery-note" data-testid="delivery-note">
      <style>{`@media print { body * { visibility: hidden } .delivery-note, .delivery-note * { visibility: visible } .delivery-note { position: absolute; left: 0; top: 0; width: 100% } .no-print { display: none } }`}</style>
      <Typography variant="h5">PHIẾU CHUYỂN KHO {t.code}</Typography>
      <Typography>
        Từ: <strong>{t.from_name}</strong> → Đến: <strong>{t.to_name}</strong> ·{" "}
        {translate(`ocop.transfers.status.${t.status}`)}
      </Typography>
      {t.note ? <Typography>Ghi chú: {t.note}</Typography> : null}
      <Table size="small" sx={{ my: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>Hàng</TableCell>
            <TableCell>SKU</TableCell>
            <TableCell align="right">Gửi</TableCell>
            <TableCell align="right">{translate("ocop.transfers.counted")}</TableCell>
            <TableCell>{translate("ocop.transfers.loss_reason")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {t.lines.map((l) => {
            const c = counted[l.id] ?? { received: String(l.quantity), reason: "" }
            return (
              <TableRow key={l.id}>
                <TableCell>{l.title}</TableCell>
                <TableCell>{l.sku}</TableCell>
                <TableCell align="right">{l.quantity}</TableCell>
                <TableCell align="right">
                  {receiving ? (
                    <TextField
                      size="small"
                      value={c.received}
                      onChange={(e) => setCounted({ ...counted, [l.id]: { ...c, received: e.target.value } })}
                      slotProps={{
                        htmlInput: {
                          inputMode: "numeric",
                          "aria-label": `${translate("ocop.transfers.counted")} ${l.title}`,
                        },
                      }}
                      sx={{ width: 80 }}
                    />
                  ) : (
                    (l.received_quantity ?? "")
                  )}
                </TableCell>
                <TableCell>
                  {receiving && Number(c.received) < l.quantity ? (
                    <TextField
                      select
                      size="small"
                      value={c.reason}
                      onChange={(e) => setCounted({ ...counted, [l.id]: { ...c, reason: e.target.value } })}
                      sx={{ minWidth: 140 }}
                      aria-label={translate("ocop.transfers.loss_reason")}
                    >
                      {(["damaged", "missing", "expired"] as const).map((r) => (
                        <MenuItem key={r} value={r}>
                          {translate(`ocop.transfers.loss.${r}`)}
                        </MenuItem>
                      ))}
                    </TextField>
                  ) : l.loss_reason ? (
                    `${translate(`ocop.transfers.loss.${l.loss_reason}`)} (${l.lost_quantity})`
                  ) : null}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
      <Typography sx={{ mt: 4 }}>Người giao: .................... Người nhận: ....................</Typography>
      <Stack direction="row" spacing={1} className="no-print" sx={{ mt: 2 }}>
        <Button onClick={() => window.print()}>{translate("ocop.transfers.print")}</Button>
        {t.status === "draft" && moves ? (
          <Button variant="contained" onClick={() => act(() => counterApi.sendTransfer(t.id))}>
            {translate("ocop.transfers.send")}
          </Button>
        ) : null}
        {(t.status === "draft" || t.status === "sent") && moves ? (
          <Button color="warning" onClick={() => act(() => counterApi.cancelTransfer(t.id))}>
            {translate("ocop.transfers.cancel")}
          </Button>
        ) : null}
        {receiving ? (
          <Button
            variant="contained"
            onClick={() =>
              act(() =>
                counterApi.receiveTransfer(t.id, {
                  lines: t.lines.map((l) => {
                    const c = counted[l.id] ?? { received: String(l.quantity), reason: "" }
                    return {
                      line_id: l.id,
                      received_quantity: Number(c.received),
                      loss_reason: (c.reason || null) as never,
                      loss_note: null,
                    }
                  }),
                  note: null,
                }),
              )
            }
          >
            {translate("ocop.transfers.receive")}
          </Button>
        ) : null}
      </Stack>
    </Box>
  )
}

export function TransferShow() {
  return (
    <Show actions={false}>
      <Box sx={{ p: 2 }}>
        <DeliveryNote />
      </Box>
    </Show>
  )
}
