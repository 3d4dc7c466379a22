import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material"
import { countedCash, formatVnd, VND_DENOMINATIONS } from "@ocop/domain"
import { useState } from "react"
import { useNotify, useTranslate } from "react-admin"
import { counterApi } from "../providers"
import type { RegisterRow, RegisterSession } from "../providers/counter"

/**
 * The register of this counter: choose it, open it with a float, put cash in or take it out with a
 * reason, and close it by counting notes and coins; the server computes the cash expected.
 */
export function SessionBar(props: {
  registers: RegisterRow[]
  registerId: string | null
  onRegister: (id: string) => void
  session: RegisterSession | null
  onSession: (s: RegisterSession | null) => void
  offline: boolean
}) {
  const translate = useTranslate()
  const notify = useNotify()
  const [float, setFloat] = useState("500000")
  const [closing, setClosing] = useState(false)
  const [counts, setCounts] = useState<Record<string, string>>({})
  const [note, setNote] = useState("")
  const [move, setMove] = useState<{ kind: "cash_in" | "cash_out"; amount: string; reason: string } | null>(null)
  const act = async (run: () => Promise<void>) => {
    try {
      await run()
    } catch (error) {
      notify((error as Error).message, { type: "error" })
    }
  }
  const counted = countedCash(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v) || 0])))
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
      <TextField
        select
        size="small"
        label={translate("ocop.counter.register")}
        value={props.registerId ?? ""}
        onChange={(e) => props.onRegister(e.target.value)}
        sx={{ minWidth: 160 }}
      >
        {props.registers.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      {props.session ? (
        <>
          <Typography variant="body2" data-testid="expected-cash">
            {translate("ocop.counter.expected")}: {formatVnd(props.session.expected_cash ?? 0)}
          </Typography>
          <Button
            size="small"
            disabled={props.offline}
            onClick={() => setMove({ kind: "cash_in", amount: "", reason: "" })}
          >
            {translate("ocop.counter.cash_in")}
          </Button>
          <Button
            size="small"
            disabled={props.offline}
            onClick={() => setMove({ kind: "cash_out", amount: "", reason: "" })}
          >
            {translate("ocop.counter.cash_out")}
          </Button>
          <Button size="small" variant="outlined" disabled={props.offline} onClick={() => setClosing(true)}>
            {translate("ocop.counter.close_session")}
          </Button>
        </>
      ) : props.registerId ? (
        <>
          <Typography variant="body2" color="warning.main">
            {translate("ocop.counter.no_session")}
          </Typography>
          <TextField
            size="small"
            label={translate("ocop.counter.opening_float")}
            value={float}
            onChange={(e) => setFloat(e.target.value)}
            sx={{ width: 160 }}
          />
          <Button
            variant="contained"
            disabled={props.offline}
            onClick={() =>
              act(async () =>
                props.onSession(await counterApi.openSession(props.registerId!, Number(float.replace(/\D/g, "")) || 0)),
              )
            }
          >
            {translate("ocop.counter.open_session")}
          </Button>
        </>
      ) : null}
      <Dialog open={Boolean(move)} onClose={() => setMove(null)}>
        <DialogTitle>{move ? translate(`ocop.counter.${move.kind}`) : ""}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label="đ"
              value={move?.amount ?? ""}
              onChange={(e) => move && setMove({ ...move, amount: e.target.value })}
            />
            <TextField
              label={translate("ocop.counter.reason")}
              value={move?.reason ?? ""}
              onChange={(e) => move && setMove({ ...move, reason: e.target.value })}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button
            variant="contained"
            disabled={!move || !move.reason.trim() || !Number(move.amount.replace(/\D/g, ""))}
            onClick={() =>
              act(async () => {
                props.onSession(
                  await counterApi.moveCash(
                    props.session!.id,
                    move!.kind,
                    Number(move!.amount.replace(/\D/g, "")),
                    move!.reason,
                  ),
                )
                setMove(null)
              })
            }
          >
            {translate("ra.action.save")}
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={closing} onClose={() => setClosing(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate("ocop.counter.close_session")}</DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ pt: 1 }}>
            <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 1 }}>
              {VND_DENOMINATIONS.map((d) => (
                <TextField
                  key={d}
                  size="small"
                  label={formatVnd(d)}
                  value={counts[String(d)] ?? ""}
                  onChange={(e) => setCounts({ ...counts, [String(d)]: e.target.value.replace(/\D/g, "") })}
                  sx={{ width: 120 }}
                  slotProps={{ htmlInput: { inputMode: "numeric", "data-testid": `count-${d}` } }}
                />
              ))}
            </Stack>
            <Typography>
              {translate("ocop.counter.counted")}: {formatVnd(counted)} · {translate("ocop.counter.expected")}:{" "}
              {formatVnd(props.session?.expected_cash ?? 0)} · {translate("ocop.counter.difference")}:{" "}
              <strong data-testid="close-difference">{formatVnd(counted - (props.session?.expected_cash ?? 0))}</strong>
            </Typography>
            <TextField
              label={translate("ocop.counter.close_note")}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              multiline
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setClosing(false)}>{translate("ra.action.cancel")}</Button>
          <Button
            variant="contained"
            onClick={() =>
              act(async () => {
                const closed = await counterApi.closeSession(
                  props.session!.id,
                  Object.fromEntries(
                    Object.entries(counts)
                      .filter(([, v]) => Number(v) > 0)
                      .map(([k, v]) => [k, Number(v)]),
                  ),
                  note.trim() || null,
                )
                notify(`${translate("ocop.counter.difference")}: ${formatVnd(closed.difference ?? 0)}`, {
                  type: "info",
                })
                setClosing(false)
                setCounts({})
                setNote("")
                props.onSession(null)
              })
            }
          >
            {translate("ocop.counter.close_session")}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  )
}
