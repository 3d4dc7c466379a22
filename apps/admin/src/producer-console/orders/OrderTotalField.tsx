import { Typography } from "@mui/material"
import { useRecordContext } from "react-admin"
import { useDomainLocale } from "../../common/domain-labels"
import { producerTotal, type ProducerOrderRecord } from "./producer-order"

/** The value of the producer's lines in an order. */
export function OrderTotalField(_props: { label?: string }) {
  const order = useRecordContext<ProducerOrderRecord>()
  const locale = useDomainLocale()
  if (!order) return null
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: "tabular-nums" }}>
      {producerTotal(order, locale)}
    </Typography>
  )
}
