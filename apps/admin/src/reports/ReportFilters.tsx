import { Autocomplete, Button, MenuItem, Stack, TextField } from "@mui/material"
import {
  ORIGIN_DISTRICTS,
  PRODUCT_GROUPS,
  STAR_LEVELS,
  districtName,
  productGroupName,
  type SalesReportFilters,
} from "@ocop/domain"
import { useState } from "react"
import { useGetList, useGetOne, useLocale, useTranslate, type RaRecord } from "react-admin"
import { domainLocale } from "../i18n/i18n-provider"
import type { ReportFilter } from "./report-state"

/** The register's records a filter picks from, and the field that names them. */
const RECORD_PICKERS = {
  producer_id: { resource: "producers", name: "name" },
  product_id: { resource: "products", name: "title" },
  sales_channel_id: { resource: "sales-channels", name: "name" },
  point_of_sale_id: { resource: "points-of-sale", name: "name" },
  event_id: { resource: "trade-events", name: "name" },
} as const satisfies Partial<Record<ReportFilter, { resource: string; name: string }>>

type RecordFilter = keyof typeof RECORD_PICKERS

interface FiltersProps {
  filters: SalesReportFilters
  onChange: (filters: SalesReportFilters) => void
}

/** A picker per dimension of the report; choosing one narrows every grouping to those lines. */
export function ReportFilters({ filters, onChange }: FiltersProps) {
  const translate = useTranslate()
  const locale = domainLocale(useLocale())
  const set = (name: ReportFilter, value: string | number | undefined) => {
    const next: Record<string, unknown> = { ...filters, [name]: value }
    if (value === undefined || value === "") delete next[name]
    onChange(next as SalesReportFilters)
  }
  const any = translate("ocop.reports.any")
  const select = (name: "district" | "star_level" | "product_group", options: { value: string; label: string }[]) => (
    <TextField
      select
      size="small"
      sx={{ width: 220 }}
      label={translate(`ocop.reports.filter.${name}`)}
      value={filters[name] === undefined ? "" : String(filters[name])}
      onChange={(e) => set(name, name === "star_level" && e.target.value ? Number(e.target.value) : e.target.value)}
    >
      <MenuItem value="">{any}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  )
  const pick = (name: RecordFilter) => (
    <RecordPicker key={name} name={name} value={filters[name]} onChange={(id) => set(name, id)} />
  )
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1.5}
      role="group"
      aria-label={translate("ocop.reports.filters")}
      sx={{ flexWrap: "wrap" }}
    >
      {pick("producer_id")}
      {pick("product_id")}
      {select(
        "district",
        ORIGIN_DISTRICTS.map((d) => ({ value: d.code, label: districtName(d.code, locale) })),
      )}
      {select(
        "star_level",
        STAR_LEVELS.map((s) => ({ value: String(s), label: translate("ocop.reports.stars", { smart_count: s }) })),
      )}
      {select(
        "product_group",
        PRODUCT_GROUPS.map((g) => ({ value: g.code, label: productGroupName(g.code, locale) })),
      )}
      {pick("sales_channel_id")}
      {pick("point_of_sale_id")}
      {pick("event_id")}
      {Object.keys(filters).length > 0 ? (
        <Button onClick={() => onChange({})}>{translate("ocop.reports.clear_filters")}</Button>
      ) : null}
    </Stack>
  )
}

/**
 * A searchable picker of one resource's records: the first page, then what matches the typed text
 * (the lists search by name on the server). The chosen record comes from a link too, so its name
 * is read on its own when it is not on the page.
 */
function RecordPicker({
  name,
  value,
  onChange,
}: {
  name: RecordFilter
  value: string | undefined
  onChange: (id: string | undefined) => void
}) {
  const translate = useTranslate()
  const { resource, name: field } = RECORD_PICKERS[name]
  const [search, setSearch] = useState("")
  const { data = [], isPending } = useGetList(resource, {
    pagination: { page: 1, perPage: 50 },
    filter: search ? { q: search } : {},
  })
  const { data: chosen } = useGetOne(resource, { id: value ?? "" }, { enabled: value !== undefined })
  const nameOf = (record: RaRecord | null | undefined) =>
    record ? String((record as Record<string, unknown>)[field] ?? record.id) : ""
  const options = chosen && !data.some((r) => r.id === chosen.id) ? [chosen, ...data] : data
  const selected = value === undefined ? null : (options.find((r) => r.id === value) ?? { id: value })
  return (
    <Autocomplete
      size="small"
      sx={{ width: 240 }}
      options={options}
      loading={isPending}
      value={selected}
      getOptionLabel={(r) => nameOf(r as RaRecord)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      onInputChange={(_e, text, reason) => {
        if (reason === "input") setSearch(text)
      }}
      onChange={(_e, record) => {
        setSearch("")
        onChange(record ? String(record.id) : undefined)
      }}
      renderInput={(params) => <TextField {...params} label={translate(`ocop.reports.filter.${name}`)} />}
    />
  )
}
