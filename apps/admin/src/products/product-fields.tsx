import { Typography } from "@mui/material"
import { stockStatus } from "@ocop/domain"
import { useFieldValue, useTranslate, type FieldProps } from "react-admin"
import { domainLabel, useDomainLocale } from "../common/domain-labels"

/** Units still available; red when none, amber when low, "not tracked" when the product tracks no stock. */
export function StockField(props: FieldProps) {
  const value = useFieldValue(props)
  const translate = useTranslate()
  if (typeof value !== "number") {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate("ocop.products.not_tracked")}
      </Typography>
    )
  }
  const status = stockStatus(value)
  const color = status === "out" ? "error.main" : status === "low" ? "warning.dark" : "text.primary"
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ color, fontVariantNumeric: "tabular-nums", fontWeight: status === "ok" ? 400 : 600 }}
    >
      {value}
    </Typography>
  )
}

/**
 * The product group on one line, cut with "…" when long ("Dịch vụ du lịch cộng đồng, du lịch sinh
 * thái…"): in a list with prices and stock a full group name would wrap over many lines. The whole
 * name stays in the text and shows on hover.
 */
export function ProductGroupField(props: FieldProps) {
  const value = useFieldValue(props)
  const locale = useDomainLocale()
  const label = value == null ? "" : domainLabel("productGroup", value, locale)
  return (
    <Typography component="span" variant="body2" title={label} sx={{ display: "block", maxWidth: 140 }} noWrap>
      {label}
    </Typography>
  )
}
