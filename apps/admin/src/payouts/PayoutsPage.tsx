import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { formatCalendarDay, formatVnd, vietnamCalendarDay, type PayoutStatement } from "@ocop/domain"
import { useCallback, useEffect, useState } from "react"
import { Title, useCanAccess, useNotify, useTranslate } from "react-admin"
import type { PayoutApi, PayoutRow, Period } from "./api"
import { PayoutStatementView } from "./PayoutStatementView"
import { PeriodPicker, thisMonth } from "./PeriodPicker"

/**
 * What the province owes each producer for a period (issue 16): a row per producer, and the
 * statement of the one chosen. Whoever holds the certificates area records support payments.
 */
export function PayoutsPage({ api }: { api: PayoutApi }) {
  const translate = useTranslate()
  const notify = useNotify()
  // Recording support paid is the certificates area's (the OCOP office), as the route table says.
  const mayPay = useCanAccess({ resource: "support-payments", action: "create" }).canAccess === true
  const [period, setPeriod] = useState<Period>(thisMonth())
  const [rows, setRows] = useState<PayoutRow[] | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [statement, setStatement] = useState<PayoutStatement | null>(null)
  const failed = useCallback(
    (e: Error) => notify(translate("ocop.payouts.failed", { message: e.message }), { type: "error" }),
    [notify, translate],
  )

  useEffect(() => {
    setRows(null)
    api.list(period).then(setRows, failed)
  }, [api, period, failed])
  useEffect(() => {
    if (!chosen) return setStatement(null)
    api.statement(chosen, period).then(setStatement, failed)
  }, [api, chosen, period, failed])

  const pay = async (certificationId: string) => {
    try {
      await api.paySupport(certificationId, formatCalendarDay(vietnamCalendarDay(new Date())))
      notify("ocop.payouts.paid_ok", { type: "success" })
      if (chosen) setStatement(await api.statement(chosen, period))
      setRows(await api.list(period))
    } catch (e) {
      failed(e as Error)
    }
  }

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate("ocop.payouts.title")} />
      <PeriodPicker value={period} onChange={setPeriod} />
      <Card>
        <CardContent>
          {rows && rows.length === 0 ? <Typography>{translate("ocop.payouts.none")}</Typography> : null}
          {rows && rows.length > 0 ? (
            <Table size="small">
              <TableHead>
                <TableRow>
                  {["producer", "consignment_owed", "support_due", "support_paid", "total_owed"].map((k) => (
                    <TableCell key={k} align={k === "producer" ? "left" : "right"}>
                      {translate(`ocop.payouts.${k}`)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow
                    key={r.producer_id}
                    hover
                    selected={r.producer_id === chosen}
                    onClick={() => setChosen(r.producer_id)}
                    sx={{ cursor: "pointer" }}
                  >
                    <TableCell>{r.producer_name}</TableCell>
                    <TableCell align="right">{formatVnd(r.consignment_owed)}</TableCell>
                    <TableCell align="right">{formatVnd(r.support_due)}</TableCell>
                    <TableCell align="right">{formatVnd(r.support_paid)}</TableCell>
                    <TableCell align="right">{formatVnd(r.total_owed)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </CardContent>
      </Card>
      {statement ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <PayoutStatementView
              statement={statement}
              api={api}
              producerId={chosen}
              onPay={mayPay ? (id) => void pay(id) : undefined}
            />
          </CardContent>
        </Card>
      ) : null}
    </Box>
  )
}
