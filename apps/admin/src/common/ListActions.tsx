import type { ReactNode } from "react"
import {
  CreateButton,
  defaultExporter,
  ExportButton,
  FilterButton,
  TopToolbar,
  useListContext,
  useCanAccess,
  useResourceDefinition,
  useTranslate,
  type TranslateFunction,
} from "react-admin"
import { csvExporter, type CsvColumn } from "./csv-export"

/**
 * A list's toolbar: the filter button where a list has hidden filters; with `create`, "create" and
 * the list's own extra actions for those `authProvider.canAccess` lets create in the resource (the
 * backend refuses the others anyway), "create" only where the resource has a create page; then CSV
 * export.
 * The export is a spreadsheet-friendly CSV (csv-export.ts) with the list's `csvColumns`, or every
 * field under its translated name; a list that sets its own `exporter` (or `false`) keeps it.
 */
export function ListActions({
  create = false,
  filterButton = false,
  csvColumns,
  children,
}: {
  /** whether the list offers creating (and its extra actions) to those who may */
  create?: boolean
  filterButton?: boolean
  csvColumns?: (translate: TranslateFunction) => CsvColumn<any>[]
  children?: ReactNode
}) {
  const { canAccess: creates = false } = useCanAccess({ action: "create", enabled: create })
  const translate = useTranslate()
  const { exporter } = useListContext()
  const { hasCreate } = useResourceDefinition()
  const writable = create && creates
  // `exporter={false}` on the List turns export off; react-admin's default is replaced by ours.
  const listExporter =
    exporter === false ? null : exporter && exporter !== defaultExporter ? exporter : csvExporter(translate, csvColumns)
  return (
    <TopToolbar>
      {filterButton ? <FilterButton /> : null}
      {writable && hasCreate ? <CreateButton /> : null}
      {writable ? children : null}
      {listExporter ? <ExportButton exporter={listExporter} /> : null}
    </TopToolbar>
  )
}
