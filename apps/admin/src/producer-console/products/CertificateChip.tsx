import { Chip } from "@mui/material"
import { useRecordContext, useTranslate } from "react-admin"
import type { ProducerProductRecord } from "../../providers/producer-products"

/** Stars and certificate state: a product is sold with the OCOP badge only while its certificate is valid. */
export function CertificateChip(_props: { label?: string }) {
  const record = useRecordContext<ProducerProductRecord>()
  const translate = useTranslate()
  if (!record) return null
  const status = record.certificate_status ?? "none"
  const valid = status === "valid" || status === "in_force"
  const label = translate(`ocop.producer_console.products.certificate.${status}`, { _: status })
  return (
    <Chip
      size="small"
      variant={valid ? "filled" : "outlined"}
      color={valid ? "success" : "default"}
      label={
        valid && record.star_level
          ? `${translate("ocop.certifications.stars", { count: record.star_level })} · ${label}`
          : label
      }
    />
  )
}
