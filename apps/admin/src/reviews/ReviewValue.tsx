import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material"
import { useTranslate } from "react-admin"
import { domainLabel, useDomainLocale } from "../common/domain-labels"
import { formatVndSafe } from "../common/VndField"
import { formatUsdCents } from "../common/usd"
import { imageUrls, type ReviewVariant } from "./review-model"

function Empty() {
  const translate = useTranslate()
  return (
    <Typography variant="body2" color="text.secondary" component="span">
      {translate("ocop.reviews.no_value")}
    </Typography>
  )
}

function Images({ value }: { value: unknown }) {
  const translate = useTranslate()
  const urls = imageUrls(value)
  if (urls.length === 0) return <Empty />
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", gap: 1 }}>
      {urls.map((url, i) => (
        <Box
          key={`${url}-${i}`}
          component="img"
          src={url}
          alt={translate("ocop.reviews.image_alt", { number: i + 1 })}
          sx={{ width: 96, height: 96, objectFit: "cover", borderRadius: 1, border: 1, borderColor: "divider" }}
        />
      ))}
    </Stack>
  )
}

function Variants({ value }: { value: unknown }) {
  const translate = useTranslate()
  const variants = Array.isArray(value) ? (value as ReviewVariant[]) : []
  if (variants.length === 0) return <Empty />
  const t = (key: string) => translate(`resources.producer-products.fields.${key}`)
  return (
    <Table size="small" aria-label={translate("resources.producer-products.fields.variants")}>
      <TableHead>
        <TableRow>
          <TableCell>{t("variant_title")}</TableCell>
          <TableCell>{t("sku")}</TableCell>
          <TableCell align="right">{t("price_vnd")}</TableCell>
          <TableCell align="right">{t("price_usd")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {variants.map((v, i) => (
          <TableRow key={v.id ?? `new-${i}`}>
            <TableCell>{v.title ?? ""}</TableCell>
            <TableCell>{v.sku ?? ""}</TableCell>
            <TableCell align="right">{formatVndSafe(v.price_vnd)}</TableCell>
            <TableCell align="right">{formatUsdCents(v.price_usd)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** One side of a before/after: a field's value shown the way buyers would read it. */
export function ReviewValue({ field, value }: { field: string; value: unknown }) {
  const locale = useDomainLocale()
  if (field === "images") return <Images value={value} />
  if (field === "variants") return <Variants value={value} />
  if (value === null || value === undefined || value === "") return <Empty />
  let text: string
  if (field === "product_group") text = domainLabel("productGroup", value, locale)
  else if (field === "origin_district") text = domainLabel("district", value, locale)
  else text = typeof value === "string" ? value : JSON.stringify(value)
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Typography>
  )
}
