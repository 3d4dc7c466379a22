import {
  Alert,
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useEffect, useState } from "react"
import { useRecordContext, useTranslate } from "react-admin"
import { counterApi } from "../providers"
import type { DayReport as Report } from "../providers/counter"

const METHOD = { cash: "Tiền mặt", vietqr: "VietQR", card: "Thẻ" } as const
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

/** The end-of-day report of the place (page, and the same as a PDF): sales by method, voids, refunds, cash. */
export function DayReport() {
  const record = useRecordContext<{ id: string }>()
  const translate = useTranslate()
  const [date, setDate] = useState(today())
  const [report, setReport] = useState<Report | null>(null)
  useEffect(() => {
    if (record) void counterApi.dayReport(String(record.id), date).then(setReport)
  }, [record, date])
  if (!record) return null
  return (
    <Box data-testid="day-report">
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
        <TextField
          type="date"
          size="small"
          label={translate("ocop.places.date")}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <Button
          variant="outlined"
          onClick={async () =>
            window.open(
              await counterApi.pdfUrl(`/admin/points-of-sale/${record.id}/day-report?date=${date}&format=pdf`),
              "_blank",
            )
          }
        >
          {translate("ocop.places.pdf")}
        </Button>
      </Stack>
      {report ? (
        <Stack spacing={2}>
          <Typography variant="h6">
            {translate("ocop.places.sales")}: {formatVnd(report.sales.total)} ({report.sales.count}) · VAT{" "}
            {formatVnd(report.sales.vat)} · {translate("ocop.counter.discount")} {formatVnd(report.sales.discounts)}
          </Typography>
          <Typography>
            {translate("ocop.places.returns")}: {report.returns.count} ({formatVnd(report.returns.amount)}) ·{" "}
            {translate("ocop.places.voids")}: {report.voids.count} ({formatVnd(report.voids.amount)}) ·{" "}
            {translate("ocop.places.net")}: <strong>{formatVnd(report.net_revenue)}</strong>
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell />
                <TableCell align="right">Thu</TableCell>
                <TableCell align="right">{translate("ocop.places.refunds")}</TableCell>
                <TableCell align="right">Thực thu</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.by_method.map((m) => (
                <TableRow key={m.method}>
                  <TableCell>{METHOD[m.method]}</TableCell>
                  <TableCell align="right">{formatVnd(m.paid)}</TableCell>
                  <TableCell align="right">{formatVnd(m.refunded)}</TableCell>
                  <TableCell align="right">{formatVnd(m.net)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("ocop.counter.register")}</TableCell>
                <TableCell align="right">{translate("ocop.counter.opening_float")}</TableCell>
                <TableCell align="right">{translate("ocop.counter.expected")}</TableCell>
                <TableCell align="right">{translate("ocop.counter.counted")}</TableCell>
                <TableCell align="right">{translate("ocop.counter.difference")}</TableCell>
                <TableCell>{translate("ocop.counter.close_note")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.sessions.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{s.register}</TableCell>
                  <TableCell align="right">{formatVnd(s.opening_float)}</TableCell>
                  <TableCell align="right">{s.expected_cash == null ? "—" : formatVnd(s.expected_cash)}</TableCell>
                  <TableCell align="right">{s.counted_cash == null ? "—" : formatVnd(s.counted_cash)}</TableCell>
                  <TableCell align="right">{s.difference == null ? "—" : formatVnd(s.difference)}</TableCell>
                  <TableCell>{s.close_note}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography>
            {translate("ocop.places.cash_difference")}: <strong>{formatVnd(report.cash_difference)}</strong>
          </Typography>
          {report.flagged.length ? (
            <Alert severity="warning">
              {translate("ocop.places.flagged")}: {report.flagged.map((f) => `#${f.display_id}`).join(", ")}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Box>
  )
}
