import type { TranslateFunction } from "react-admin"
import type { CsvColumn } from "../common/csv-export"
import { domainLabel } from "../common/domain-labels"
import type { ConsoleLocale } from "../i18n/i18n-provider"

type ProducerRow = Record<string, unknown> & { status?: string }

const FIELDS = [
  "name",
  "kind",
  "registration_number",
  "handle",
  "district",
  "commune",
  "address",
  "representative",
  "phone",
  "email",
  "status",
  "created_at",
] as const

/**
 * The register as the office keeps it in its spreadsheets: kinds, districts and statuses by name
 * in the console's language, not by code.
 */
export function producerCsvColumns(locale: ConsoleLocale) {
  return (translate: TranslateFunction): CsvColumn<ProducerRow>[] =>
    FIELDS.map((field) => ({
      header: translate(`resources.producers.fields.${field}`),
      value: (p: ProducerRow) => {
        if (field === "kind") return domainLabel("producerKind", p.kind, locale)
        if (field === "district") return domainLabel("district", p.district, locale)
        if (field === "status") return p.status ? translate(`ocop.producers.status.${p.status}`, { _: p.status }) : ""
        return p[field]
      },
    }))
}
