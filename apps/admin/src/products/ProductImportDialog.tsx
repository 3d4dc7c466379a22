import type { ProductImportRow } from "@ocop/domain"
import { useState } from "react"
import { useDataProvider, useNotify, useRefresh, useTranslate } from "react-admin"
import { useDomainLocale } from "../common/domain-labels"
import { invalidRows, withServerErrors, type CheckedRow } from "../common/import/checked-rows"
import { ImportButton, ImportDialogShell, ImportHelp, type ImportStatus } from "../common/import/ImportDialogShell"
import { ImportPreviewTable } from "../common/import/ImportPreviewTable"
import { readTableFile } from "../common/import/read-table"
import type { OcopDataProvider } from "../providers/data-provider"
import { checkProductRows, productCount } from "./import-rows"

/** The sample file served with the console (apps/admin/public). */
export const SAMPLE_FILE = "/mau-nhap-san-pham.csv"

const PREVIEW_COLUMNS = ["handle", "title", "producer", "variant_title", "sku"] as const

type Rows = CheckedRow<ProductImportRow>[]
type Phase = "idle" | "checking" | "ready" | "invalid" | "running"

const serverErrors = (error: unknown) => (error as { body?: { errors?: Record<string, string> } }).body?.errors

/**
 * Import of products from the office's CSV/XLSX, one row per variant. The file is checked in the
 * browser with the server's schemas, then by the server without writing (unknown producers, taken
 * handles or SKUs); the import button stays off until every row passes. The import itself is one
 * request: one workflow writes every product as a draft, or none.
 */
export function ProductImportDialog() {
  const translate = useTranslate()
  const locale = useDomainLocale()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [open, setOpen] = useState(false)
  const [rows, setRows] = useState<Rows | null>(null)
  const [phase, setPhase] = useState<Phase>("idle")
  const [problem, setProblem] = useState<string | null>(null)
  const products = rows ? productCount(rows) : 0

  const choose = async (file: File | undefined) => {
    if (!file) return
    setProblem(null)
    let checked: Rows
    try {
      checked = checkProductRows(await readTableFile(file), locale)
    } catch {
      setRows(null)
      return setProblem("ocop.import_preview.unreadable")
    }
    setRows(checked)
    if (checked.length === 0) return setProblem("ocop.import_preview.empty")
    if (invalidRows(checked) > 0) return setPhase("invalid")
    setPhase("checking")
    try {
      await dataProvider.importProducts(
        checked.map((r) => r.data!),
        { dryRun: true },
      )
      setPhase("ready")
    } catch (error) {
      const errors = serverErrors(error)
      if (errors) setRows(withServerErrors(checked, errors, "rows"))
      else notify((error as Error).message || "ra.notification.http_error", { type: "error" })
      setPhase("invalid")
    }
  }

  const run = async () => {
    if (!rows) return
    setPhase("running")
    try {
      const { data } = await dataProvider.importProducts(
        rows.map((r) => r.data!),
        { dryRun: false },
      )
      notify("ocop.product_import.done", { type: "success", messageArgs: { smart_count: data.imported ?? products } })
      close()
      refresh()
    } catch (error) {
      const errors = serverErrors(error)
      if (errors) setRows(withServerErrors(rows, errors, "rows"))
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
      setPhase("invalid")
    }
  }

  const close = () => {
    setOpen(false)
    setRows(null)
    setPhase("idle")
    setProblem(null)
  }

  const status = (): ImportStatus | null => {
    if (problem) return { severity: "error", text: translate(problem) }
    if (!rows) return null
    if (phase === "invalid") {
      return {
        severity: "error",
        text: translate("ocop.import_preview.invalid", { smart_count: invalidRows(rows), total: rows.length }),
      }
    }
    if (phase === "ready")
      return {
        severity: "success",
        text: translate("ocop.product_import.ready", { smart_count: rows.length, products }),
      }
    return null
  }

  return (
    <>
      <ImportButton onClick={() => setOpen(true)} />
      <ImportDialogShell
        open={open}
        title={translate("ocop.product_import.title")}
        help={
          <ImportHelp
            text={translate("ocop.product_import.help")}
            sampleHref={SAMPLE_FILE}
            sampleLabel={translate("ocop.product_import.sample")}
          />
        }
        busy={phase === "checking" || phase === "running"}
        progress={
          phase === "checking"
            ? translate("ocop.import_preview.checking")
            : phase === "running"
              ? translate("ocop.product_import.running", { smart_count: products })
              : null
        }
        status={status()}
        onFile={(file) => void choose(file)}
        onClose={close}
        runLabel={translate("ocop.product_import.run", { smart_count: products })}
        canRun={phase === "ready"}
        onRun={() => void run()}
      >
        {rows && rows.length > 0 ? (
          <ImportPreviewTable
            rows={rows}
            columns={PREVIEW_COLUMNS.map((key) => ({ key, label: translate(`ocop.product_import.columns.${key}`) }))}
            fieldLabel={(field) => translate(`ocop.product_import.columns.${field}`, { _: field })}
          />
        ) : null}
      </ImportDialogShell>
    </>
  )
}
