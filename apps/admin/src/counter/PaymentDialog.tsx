import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material"
import { changeDue, formatVnd, type CounterPaymentMethod, type CounterSaleInput } from "@ocop/domain"
import QRCode from "qrcode"
import { useEffect, useState } from "react"
import { useTranslate } from "react-admin"
import { counterApi } from "../providers"

type Choice = CounterPaymentMethod | "split"
type Payments = CounterSaleInput["payments"]

const dong = (text: string) => {
  const n = Number(text.replace(/[^\d]/g, ""))
  return Number.isSafeInteger(n) ? n : 0
}

/** The dynamic VietQR for an amount, drawn for the buyer to scan. */
function VietQr({ placeId, amount, note }: { placeId: string; amount: number; note: string }) {
  const translate = useTranslate()
  const [qr, setQr] = useState<{ image: string; sample: boolean; account: string } | null>(null)
  useEffect(() => {
    let live = true
    counterApi
      .vietQr(placeId, amount, note)
      .then(async (v) => {
        const image = await QRCode.toDataURL(v.payload, { margin: 1, width: 240 })
        if (live) setQr({ image, sample: v.sample_account, account: `${v.account_name} · ${v.account_number}` })
      })
      .catch(() => setQr(null))
    return () => {
      live = false
    }
  }, [placeId, amount, note])
  if (!qr) return null
  return (
    <Stack sx={{ alignItems: "center" }} spacing={0.5}>
      <img src={qr.image} width={240} height={240} alt={`VietQR ${formatVnd(amount)}`} data-testid="vietqr-code" />
      <Typography variant="caption">{qr.account}</Typography>
      {qr.sample ? <Alert severity="warning">{translate("ocop.counter.vietqr_sample")}</Alert> : null}
      <Typography variant="caption">{translate("ocop.counter.vietqr_hint")}</Typography>
    </Stack>
  )
}

/**
 * Taking the money: cash with the change shown, VietQR on the screen, card on the external terminal
 * (its reference kept), or split between them. Offline, only cash. A discount above the place's
 * limit asks for a manager's own login, which the server checks.
 */
export function PaymentDialog(props: {
  open: boolean
  total: number
  placeId: string
  saleNote: string
  offline: boolean
  needsApproval: boolean
  discountLimit: number
  onClose: () => void
  onPaid: (payments: Payments, approval: { email: string; password: string } | null) => void
  busy: boolean
}) {
  const translate = useTranslate()
  const [choice, setChoice] = useState<Choice>("cash")
  const [tendered, setTendered] = useState("")
  const [reference, setReference] = useState("")
  const [split, setSplit] = useState({ cash: "", vietqr: "", card: "" })
  const [qrSeen, setQrSeen] = useState(false)
  const [approval, setApproval] = useState({ email: "", password: "" })
  useEffect(() => {
    if (props.open) {
      setChoice("cash")
      setTendered("")
      setReference("")
      setSplit({ cash: "", vietqr: "", card: "" })
      setQrSeen(false)
    }
  }, [props.open])
  const amounts: Record<CounterPaymentMethod, number> =
    choice === "split"
      ? { cash: dong(split.cash), vietqr: dong(split.vietqr), card: dong(split.card) }
      : {
          cash: choice === "cash" ? props.total : 0,
          vietqr: choice === "vietqr" ? props.total : 0,
          card: choice === "card" ? props.total : 0,
        }
  const cashTendered = tendered ? dong(tendered) : amounts.cash
  const payments: Payments = (["cash", "vietqr", "card"] as const)
    .filter((m) => amounts[m] > 0)
    .map((method) => ({
      method,
      amount: amounts[method],
      ...(method === "cash" ? { tendered: cashTendered } : {}),
      ...(method === "card" ? { reference: reference.trim() } : {}),
    }))
  const paid = payments.reduce((a, p) => a + p.amount, 0)
  const ready =
    paid === props.total &&
    (amounts.cash === 0 || cashTendered >= amounts.cash) &&
    (amounts.card === 0 || reference.trim().length > 0) &&
    (amounts.vietqr === 0 || qrSeen) &&
    (!props.needsApproval || (approval.email && approval.password))
  return (
    <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate("ocop.counter.pay")} · {formatVnd(props.total)}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ToggleButtonGroup exclusive value={choice} onChange={(_e, v: Choice | null) => v && setChoice(v)} fullWidth>
            {(["cash", "vietqr", "card", "split"] as const).map((m) => (
              <ToggleButton key={m} value={m} disabled={props.offline && m !== "cash"}>
                {translate(`ocop.counter.method.${m}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {choice === "split"
            ? (["cash", "vietqr", "card"] as const).map((m) => (
                <TextField
                  key={m}
                  label={translate("ocop.counter.amount_for", { method: translate(`ocop.counter.method.${m}`) })}
                  value={split[m]}
                  onChange={(e) => setSplit({ ...split, [m]: e.target.value })}
                  slotProps={{ htmlInput: { inputMode: "numeric" } }}
                />
              ))
            : null}
          {choice === "split" && paid !== props.total ? (
            <Alert severity="info">
              {translate("ocop.counter.remaining", { amount: formatVnd(props.total - paid) })}
            </Alert>
          ) : null}
          {amounts.cash > 0 ? (
            <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
              <TextField
                label={translate("ocop.counter.tendered")}
                value={tendered}
                placeholder={String(amounts.cash)}
                onChange={(e) => setTendered(e.target.value)}
                slotProps={{ htmlInput: { inputMode: "numeric", "data-testid": "cash-tendered" } }}
              />
              <Typography variant="h6" data-testid="cash-change">
                {translate("ocop.counter.change")}:{" "}
                {formatVnd(changeDue({ amount: amounts.cash, tendered: cashTendered }))}
              </Typography>
            </Stack>
          ) : null}
          {amounts.vietqr > 0 ? (
            <>
              <VietQr placeId={props.placeId} amount={amounts.vietqr} note={props.saleNote} />
              <FormControlLabel
                control={<Checkbox checked={qrSeen} onChange={(e) => setQrSeen(e.target.checked)} />}
                label={translate("ocop.counter.vietqr_confirm")}
              />
            </>
          ) : null}
          {amounts.card > 0 ? (
            <TextField
              label={translate("ocop.counter.card_reference")}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          ) : null}
          {props.needsApproval ? (
            <>
              <Alert severity="warning">{translate("ocop.counter.approval", { limit: props.discountLimit })}</Alert>
              <TextField
                label={translate("ocop.counter.approval_email")}
                value={approval.email}
                onChange={(e) => setApproval({ ...approval, email: e.target.value })}
              />
              <TextField
                type="password"
                label={translate("ocop.counter.approval_password")}
                value={approval.password}
                onChange={(e) => setApproval({ ...approval, password: e.target.value })}
              />
            </>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          size="large"
          disabled={!ready || props.busy}
          onClick={() => props.onPaid(payments, props.needsApproval ? approval : null)}
        >
          {translate("ocop.counter.complete")}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
