import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { formatVnd, type PayoutStatement } from "@ocop/domain"
import { useNotify, useTranslate } from "react-admin"
import type { PayoutApi } from "./api"

const dmy = (iso: string) => iso.split("-").reverse().join("/")

/**
 * One producer's statement: consignment lines with their totals, the support of its certificates,
 * and the files. `producerId: null` reads the signed-in producer's own; `onPay` (staff who may
 * record payments) adds a button to each unpaid support line.
 */
export function PayoutStatementView({
  statement: s,
  api,
  producerId,
  onPay,
}: {
  statement: PayoutStatement
  api: PayoutApi
  producerId: string | null
  onPay?: (certificationId: string) => void
}) {
  const translate = useTranslate()
  const notify = useNotify()
  const t = (key: string) => translate(`ocop.payouts.${key}`)
  const open = async (kind: "xlsx" | "pdf") => {
    try {
      const url = await api.fileUrl(producerId, kind, { from: s.from, to: s.to })
      if (kind === "pdf") window.open(url, "_blank", "noopener")
      else {
        const a = document.createElement("a")
        a.href = url
        a.download = `bang-ke-thanh-toan-${s.from}-${s.to}.xlsx`
        a.click()
      }
    } catch (e) {
      notify(translate("ocop.payouts.failed", { message: (e as Error).message }), { type: "error" })
    }
  }
  const c = s.consignment.totals
  return (
    <Box data-testid="payout-statement">
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: "center" }}>
        <Typography variant="h6">
          {s.producer.name} — {dmy(s.from)} – {dmy(s.to)}
        </Typography>
        <Button size="small" variant="outlined" onClick={() => void open("xlsx")}>
          {t("xlsx")}
        </Button>
        <Button size="small" variant="outlined" onClick={() => void open("pdf")}>
          {t("pdf")}
        </Button>
      </Stack>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {t("consignment")}
      </Typography>
      <Typography variant="caption">{t("consignment_note")}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {["product", "units_sold", "sold", "units_returned", "returned", "owed"].map((k) => (
              <TableCell key={k} align={k === "product" ? "left" : "right"}>
                {t(k)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {s.consignment.lines.map((l) => (
            <TableRow key={l.product_id}>
              <TableCell>{l.title}</TableCell>
              <TableCell align="right">{l.units_sold}</TableCell>
              <TableCell align="right">{formatVnd(l.sold)}</TableCell>
              <TableCell align="right">{l.units_returned}</TableCell>
              <TableCell align="right">{formatVnd(l.returned)}</TableCell>
              <TableCell align="right">{formatVnd(l.owed)}</TableCell>
            </TableRow>
          ))}
          <TableRow sx={{ "& td": { fontWeight: 700 } }}>
            <TableCell>{t("total")}</TableCell>
            <TableCell align="right">{c.units_sold}</TableCell>
            <TableCell align="right">{formatVnd(c.sold)}</TableCell>
            <TableCell align="right">{c.units_returned}</TableCell>
            <TableCell align="right">{formatVnd(c.returned)}</TableCell>
            <TableCell align="right">{formatVnd(c.owed)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="subtitle1" sx={{ mt: 3 }}>
        {t("support")}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {["certificate", "product", "stars", "decision_date", "due", "paid"].map((k) => (
              <TableCell key={k} align={["due", "paid"].includes(k) ? "right" : "left"}>
                {t(k)}
              </TableCell>
            ))}
            {onPay ? <TableCell /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {s.support.lines.map((l) => (
            <TableRow key={l.certification_id}>
              <TableCell>{l.certificate_number}</TableCell>
              <TableCell>{l.title}</TableCell>
              <TableCell>{l.star_level}★</TableCell>
              <TableCell>{dmy(l.decision_date)}</TableCell>
              <TableCell align="right">{formatVnd(l.due)}</TableCell>
              <TableCell align="right">
                {formatVnd(l.paid)}
                {l.paid_on ? ` (${dmy(l.paid_on)})` : ""}
              </TableCell>
              {onPay ? (
                <TableCell>
                  {l.paid === 0 ? (
                    <Button size="small" onClick={() => onPay(l.certification_id)}>
                      {t("pay")}
                    </Button>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
          <TableRow sx={{ "& td": { fontWeight: 700 } }}>
            <TableCell colSpan={4}>{t("outstanding")}</TableCell>
            <TableCell align="right">{formatVnd(s.support.due)}</TableCell>
            <TableCell align="right">{formatVnd(s.support.outstanding)}</TableCell>
            {onPay ? <TableCell /> : null}
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {t("total_owed")}: {formatVnd(s.total_owed)}
      </Typography>
    </Box>
  )
}
