import { Typography } from "@mui/material"
import { useFieldValue, useRecordContext, type FieldProps } from "react-admin"
import { useDomainLocale } from "../common/domain-labels"
import { formatOrderMoney } from "./order-model"

/** An amount in the record's currency (`currency_code`: VND or USD), formatted with @ocop/domain. */
export function MoneyField(props: FieldProps & { currency?: string }) {
  const value = useFieldValue(props)
  const record = useRecordContext<{ currency_code?: string }>()
  const locale = useDomainLocale()
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: "tabular-nums" }}>
      {formatOrderMoney(value, props.currency ?? record?.currency_code, locale)}
    </Typography>
  )
}
