import { Box, Card, CardContent } from "@mui/material"
import type { PayoutStatement } from "@ocop/domain"
import { useEffect, useState } from "react"
import { Title, useNotify, useTranslate } from "react-admin"
import type { PayoutApi, Period } from "./api"
import { PayoutStatementView } from "./PayoutStatementView"
import { PeriodPicker, thisMonth } from "./PeriodPicker"

/** The producer's own payout statement (its console): the server answers for its producer only. */
export function MyPayoutsPage({ api }: { api: PayoutApi }) {
  const translate = useTranslate()
  const notify = useNotify()
  const [period, setPeriod] = useState<Period>(thisMonth())
  const [statement, setStatement] = useState<PayoutStatement | null>(null)
  useEffect(() => {
    api
      .statement(null, period)
      .then(setStatement, (e: Error) =>
        notify(translate("ocop.payouts.failed", { message: e.message }), { type: "error" }),
      )
  }, [api, period, notify, translate])
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate("ocop.payouts.my_title")} />
      <PeriodPicker value={period} onChange={setPeriod} />
      {statement ? (
        <Card>
          <CardContent>
            <PayoutStatementView statement={statement} api={api} producerId={null} />
          </CardContent>
        </Card>
      ) : null}
    </Box>
  )
}
