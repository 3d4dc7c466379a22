import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useState } from "react"
import { useNotify, useTranslate } from "react-admin"
import { counterApi } from "../providers"
import type { CounterSale } from "../providers/counter"

const METHOD = { cash: "Tiền mặt", vietqr: "Chuyển khoản VietQR", card: "Thẻ" } as const

/**
 * The receipt, 80 mm wide and in Vietnamese whatever the console's language (it is the buyer's
 * paper): the place, items with VAT, payments with change, the seller's tax code. Printing prints
 * only this box (print.css rules below); the PDF carries a QR per product to its certificate.
 */
export function Receipt({ sale, temporary }: { sale: CounterSale; temporary?: boolean }) {
  return (
    <Box
      className="counter-receipt"
      data-testid="receipt"
      sx={{ width: "80mm", fontFamily: "monospace", fontSize: 12, p: 1, bgcolor: "#fff", color: "#000" }}
    >
      <style>{`@media print { body * { visibility: hidden } .counter-receipt, .counter-receipt * { visibility: visible } .counter-receipt { position: absolute; left: 0; top: 0 } @page { size: 80mm auto; margin: 2mm } }`}</style>
      <div style={{ textAlign: "center", fontWeight: 700 }}>{sale.point_of_sale?.name}</div>
      <div style={{ textAlign: "center" }}>{sale.point_of_sale?.address}</div>
      {sale.invoice?.seller?.tax_code ? (
        <div style={{ textAlign: "center" }}>MST: {sale.invoice.seller.tax_code}</div>
      ) : null}
      <div style={{ textAlign: "center", fontWeight: 700, marginTop: 6 }}>
        {temporary ? "HOÁ ĐƠN TẠM" : "HOÁ ĐƠN BÁN HÀNG"}
      </div>
      <div style={{ textAlign: "center" }}>
        {sale.receipt_number ?? ""} {new Date(sale.offline_at ?? sale.created_at).toLocaleString("vi-VN")}
      </div>
      {sale.status === "voided" ? <div style={{ textAlign: "center", fontWeight: 700 }}>ĐÃ HUỶ</div> : null}
      <hr />
      {sale.lines.map((l, i) => (
        <div key={i}>
          <div>{l.variant_title ? `${l.title} – ${l.variant_title}` : l.title}</div>
          <div style={{ display: "flex", justifyContent: "space-between" }}>
            <span>
              {l.quantity} × {formatVnd(l.unit_price)} (VAT {l.vat_rate}%)
            </span>
            <span>{formatVnd(l.total)}</span>
          </div>
          {l.line_discount + l.sale_discount ? (
            <div> Giảm giá −{formatVnd(l.line_discount + l.sale_discount)}</div>
          ) : null}
          {l.certificate_number ? <div> Chứng nhận OCOP {l.certificate_number}</div> : null}
        </div>
      ))}
      <hr />
      <div style={{ display: "flex", justifyContent: "space-between", fontWeight: 700 }}>
        <span>TỔNG THANH TOÁN</span>
        <span>{formatVnd(sale.total)}</span>
      </div>
      <div style={{ display: "flex", justifyContent: "space-between" }}>
        <span>Trong đó thuế GTGT</span>
        <span>{formatVnd(sale.vat_total)}</span>
      </div>
      {sale.payments.map((p, i) => (
        <div key={i}>
          <div style={{ display: "flex", justifyContent: "space-between" }}>
            <span>
              {METHOD[p.method]} {p.reference ? `(${p.reference})` : ""}
            </span>
            <span>{formatVnd(p.amount)}</span>
          </div>
          {p.method === "cash" && p.tendered != null ? (
            <div style={{ display: "flex", justifyContent: "space-between" }} data-testid="receipt-change">
              <span> Khách đưa {formatVnd(p.tendered)}, tiền thừa</span>
              <span>{formatVnd(p.change)}</span>
            </div>
          ) : null}
        </div>
      ))}
      {sale.refunded_total ? <div>Đã hoàn trả −{formatVnd(sale.refunded_total)}</div> : null}
      <div style={{ textAlign: "center", marginTop: 6 }}>Giá đã gồm thuế GTGT. Cảm ơn quý khách!</div>
    </Box>
  )
}

/** After a sale: print, PDF, e-mail, take goods back or void it (a manager approves a void). */
export function ReceiptDialog(props: {
  sale: CounterSale | null
  temporary: boolean
  sessionId: string | null
  onClose: () => void
  onChanged: (sale: CounterSale) => void
}) {
  const translate = useTranslate()
  const notify = useNotify()
  const [email, setEmail] = useState("")
  const [back, setBack] = useState<{
    kind: "return" | "void"
    line: number
    quantity: number
    reason: string
    email: string
    password: string
  } | null>(null)
  const { sale } = props
  if (!sale) return null
  const act = async (run: () => Promise<void>) => {
    try {
      await run()
    } catch (error) {
      notify((error as Error).message, { type: "error" })
    }
  }
  return (
    <Dialog open onClose={props.onClose} maxWidth="md">
      <DialogContent>
        <Stack direction={{ xs: "column", md: "row" }} spacing={3}>
          <Receipt sale={sale} temporary={props.temporary} />
          <Stack spacing={1.5} sx={{ minWidth: 260 }}>
            {props.temporary ? <Alert severity="warning">{translate("ocop.counter.temporary_receipt")}</Alert> : null}
            <Button variant="contained" onClick={() => window.print()}>
              {translate("ocop.counter.print")}
            </Button>
            {!props.temporary ? (
              <>
                <Button
                  onClick={() =>
                    act(
                      async () =>
                        void window.open(await counterApi.pdfUrl(`/admin/counter-sales/${sale.id}/receipt`), "_blank"),
                    )
                  }
                >
                  {translate("ocop.counter.pdf")}
                </Button>
                <Stack direction="row" spacing={1}>
                  <TextField
                    size="small"
                    label={translate("ocop.counter.buyer_email")}
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                  />
                  <Button
                    onClick={() =>
                      act(async () => {
                        const { sent_to } = await counterApi.emailReceipt(sale.id, email || undefined)
                        notify(translate("ocop.counter.emailed", { email: sent_to }), { type: "success" })
                      })
                    }
                  >
                    {translate("ocop.counter.email")}
                  </Button>
                </Stack>
                {sale.status !== "voided" && props.sessionId ? (
                  <Stack direction="row" spacing={1}>
                    <Button
                      color="warning"
                      onClick={() =>
                        setBack({ kind: "return", line: 0, quantity: 1, reason: "", email: "", password: "" })
                      }
                    >
                      {translate("ocop.counter.return")}
                    </Button>
                    <Button
                      color="error"
                      onClick={() =>
                        setBack({ kind: "void", line: 0, quantity: 1, reason: "", email: "", password: "" })
                      }
                    >
                      {translate("ocop.counter.void")}
                    </Button>
                  </Stack>
                ) : null}
                {back ? (
                  <Stack spacing={1} data-testid="return-form">
                    {back.kind === "return" ? (
                      <Stack direction="row" spacing={1}>
                        <TextField
                          select
                          size="small"
                          value={back.line}
                          onChange={(e) => setBack({ ...back, line: Number(e.target.value) })}
                        >
                          {sale.lines.map((l, i) => (
                            <MenuItem key={i} value={i}>
                              {l.title}
                            </MenuItem>
                          ))}
                        </TextField>
                        <TextField
                          size="small"
                          type="number"
                          label={translate("ocop.counter.quantity")}
                          value={back.quantity}
                          onChange={(e) => setBack({ ...back, quantity: Number(e.target.value) })}
                          sx={{ width: 90 }}
                        />
                      </Stack>
                    ) : (
                      <>
                        <TextField
                          size="small"
                          label={translate("ocop.counter.approval_email")}
                          value={back.email}
                          onChange={(e) => setBack({ ...back, email: e.target.value })}
                        />
                        <TextField
                          size="small"
                          type="password"
                          label={translate("ocop.counter.approval_password")}
                          value={back.password}
                          onChange={(e) => setBack({ ...back, password: e.target.value })}
                        />
                      </>
                    )}
                    <TextField
                      size="small"
                      label={translate("ocop.counter.return_reason")}
                      value={back.reason}
                      onChange={(e) => setBack({ ...back, reason: e.target.value })}
                    />
                    <Button
                      variant="outlined"
                      disabled={back.reason.trim().length < 2}
                      onClick={() =>
                        act(async () => {
                          const updated = await counterApi.returnSale(sale.id, {
                            register_session_id: props.sessionId!,
                            kind: back.kind,
                            lines:
                              back.kind === "return" ? [{ line_id: String(back.line), quantity: back.quantity }] : [],
                            reason: back.reason,
                            approval: back.kind === "void" ? { email: back.email, password: back.password } : null,
                          })
                          notify(
                            translate("ocop.counter.returned", {
                              amount: formatVnd(updated.refunded_total - sale.refunded_total),
                            }),
                            { type: "success" },
                          )
                          setBack(null)
                          props.onChanged(updated)
                        })
                      }
                    >
                      {translate(back.kind === "void" ? "ocop.counter.void" : "ocop.counter.return")}
                    </Button>
                  </Stack>
                ) : null}
              </>
            ) : null}
            <Typography variant="caption" color="text.secondary">
              {sale.receipt_number}
            </Typography>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={props.onClose}>
          {translate("ocop.counter.new_sale")}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
