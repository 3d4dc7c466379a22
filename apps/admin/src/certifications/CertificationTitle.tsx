import { useRecordContext, useTranslate } from "react-admin"
import type { CertificationRecord } from "./certification-choices"

/** Page title: "Giấy chứng nhận OCOP 15/GCN-OCOP – Nấm hương Sa Pa". */
export function CertificationTitle() {
  const record = useRecordContext<CertificationRecord>()
  const translate = useTranslate()
  const product = record?.product?.title ? ` – ${record.product.title}` : ""
  return (
    <span>
      {translate("resources.certifications.name", { smart_count: 1 })} {record?.certificate_number ?? ""}
      {product}
    </span>
  )
}
