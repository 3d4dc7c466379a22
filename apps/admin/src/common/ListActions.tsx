import type { ReactNode } from "react"
import {
  CreateButton,
  defaultExporter,
  ExportButton,
  FilterButton,
  TopToolbar,
  useListContext,
  usePermissions,
  useResourceDefinition,
  useTranslate,
  type TranslateFunction,
} from "react-admin"
import { csvExporter, type CsvColumn } from "./csv-export"

/**
 * A list's toolbar: the filter button where a list has hidden filters, "create" only for roles that
 * may write (the backend refuses the others anyway) and resources that have a create page, the
 * list's own extra actions, then CSV export.
 * The export is a spreadsheet-friendly CSV (csv-export.ts) with the list's `csvColumns`, or every
 * field under its translated name; a list that sets its own `exporter` (or `false`) keeps it.
 */
export function ListActions({
  canCreate,
  filterButton = false,
  csvColumns,
  children,
}: {
  canCreate?: (permissions: unknown) => boolean
  filterButton?: boolean
  csvColumns?: (translate: TranslateFunction) => CsvColumn<any>[]
  children?: ReactNode
}) {
  const { permissions } = usePermissions()
  const translate = useTranslate()
  const { exporter } = useListContext()
  const { hasCreate } = useResourceDefinition()
  const writable = canCreate ? canCreate(permissions) : false
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
