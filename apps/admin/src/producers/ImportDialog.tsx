import { useState } from "react"
import { useDataProvider, useNotify, useRefresh, useTranslate } from "react-admin"
import { useDomainLocale } from "../common/domain-labels"
import { invalidRows } from "../common/import/checked-rows"
import { ImportButton, ImportDialogShell, ImportHelp, type ImportStatus } from "../common/import/ImportDialogShell"
import { ImportPreviewTable } from "../common/import/ImportPreviewTable"
import { readTableFile } from "../common/import/read-table"
import type { OcopDataProvider } from "../providers/data-provider"
import { applyServerErrors, checkRows, importTemplate, type CheckedRow } from "./import-rows"

const PREVIEW_COLUMNS = ["name", "handle"] as const

/**
 * Import of producers from the office's CSV/XLSX: a preview with each row's errors, and an import
 * button that stays disabled until every row is valid; the backend then writes all rows or none.
 */
export function ImportDialog() {
  const translate = useTranslate()
  const locale = useDomainLocale()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [open, setOpen] = useState(false)
  const [rows, setRows] = useState<CheckedRow[] | null>(null)
  const [busy, setBusy] = useState(false)
  const invalid = rows ? invalidRows(rows) : 0
  const field = (name: string) => translate(`resources.producers.fields.${name}`, { _: name })

  const choose = async (file: File | undefined) => {
    if (!file) return
    setRows(checkRows(await readTableFile(file), locale))
  }
  const run = async () => {
    if (!rows) return
    setBusy(true)
    try {
      const { data } = await dataProvider.importProducers(rows.map((r) => r.data!))
      notify("ocop.import.done", { type: "success", messageArgs: { smart_count: data.imported } })
      setOpen(false)
      setRows(null)
      refresh()
    } catch (error) {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors
      if (errors) setRows(applyServerErrors(rows, errors))
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setBusy(false)
    }
  }
  const status: ImportStatus | null = rows
    ? invalid
      ? { severity: "error", text: translate("ocop.import.invalid", { smart_count: invalid, total: rows.length }) }
      : { severity: "success", text: translate("ocop.import.ready", { smart_count: rows.length }) }
    : null
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${importTemplate()}`)}`

  return (
    <>
      <ImportButton onClick={() => setOpen(true)} />
      <ImportDialogShell
        open={open}
        title={translate("ocop.import.title")}
        help={
          <ImportHelp
            text={translate("ocop.import.help")}
            sampleHref={template}
            sampleLabel={translate("ocop.import.template")}
            sampleName="chu-the-ocop-mau.csv"
          />
        }
        busy={busy}
        progress={translate("ocop.import.running")}
        status={status}
        onFile={(file) => void choose(file)}
        onClose={() => setOpen(false)}
        runLabel={translate("ocop.import.run", { smart_count: rows?.length ?? 0 })}
        canRun={!!rows && rows.length > 0 && invalid === 0}
        onRun={() => void run()}
      >
        {rows && rows.length > 0 ? (
          <ImportPreviewTable
            rows={rows}
            columns={PREVIEW_COLUMNS.map((key) => ({ key, label: field(key) }))}
            fieldLabel={field}
          />
        ) : null}
      </ImportDialogShell>
    </>
  )
}
