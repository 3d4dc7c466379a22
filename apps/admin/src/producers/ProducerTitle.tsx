import { useRecordContext, useTranslate } from "react-admin"

/** Page title: "Chủ thể OCOP HTX Nấm hương Sa Pa". */
export function ProducerTitle() {
  const record = useRecordContext<{ name?: string }>()
  const translate = useTranslate()
  return (
    <span>
      {translate("resources.producers.name", { smart_count: 1 })} {record?.name ?? ""}
    </span>
  )
}
