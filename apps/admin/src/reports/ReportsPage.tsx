import DownloadIcon from "@mui/icons-material/Download"
import LinkIcon from "@mui/icons-material/Link"
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material"
import { SALES_REPORT_GROUPS, salesReportQuerySchema, type SalesReport, type SalesReportGroup } from "@ocop/domain"
import { useEffect, useMemo, useState } from "react"
import { downloadCSV, Title, useDataProvider, useLocation, useNavigate, useNotify, useTranslate } from "react-admin"
import { formatDateInput, parseDateInput } from "../common/DateViInput"
import { LoadingOrError } from "../common/LoadingOrError"
import type { ConsoleDataProvider } from "../providers/console-data-provider"
import { downloadFile, XLSX_TYPE } from "./download"
import { exportFileName, reportCsv, reportXlsx, vietnameseExportWords } from "./report-export"
import {
  presetOf,
  presetRange,
  queryOfState,
  REPORT_PRESETS,
  searchOfState,
  stateFromSearch,
  type ReportPreset,
  type ReportState,
} from "./report-state"
import { ReportChart } from "./ReportChart"
import { ReportFilters } from "./ReportFilters"
import { ReportTable } from "./ReportTable"

/** Where the screen lives; its query string is the whole view, so the address is a link to share. */
export const REPORTS_PATH = "/reports"

type Loaded = { status: "loading" } | { status: "ok"; report: SalesReport } | { status: "error"; message: string }

/** The report for a view, asked again whenever the view (the link) changes or the reader retries. */
function useSalesReport(state: ReportState): [Loaded, () => void] {
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" })
  const [attempt, setAttempt] = useState(0)
  const key = searchOfState(state)
  useEffect(() => {
    let live = true
    setLoaded({ status: "loading" })
    dataProvider
      .getSalesReport(queryOfState(state))
      .then((report) => live && setLoaded({ status: "ok", report }))
      .catch((error: Error) => live && setLoaded({ status: "error", message: error.message }))
    return () => {
      live = false
    }
    // The key is the view: the state object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, dataProvider])
  return [loaded, () => setAttempt((n) => n + 1)]
}

/**
 * The sales report (issue 16, decision 029): a range (presets or Vietnam days), a grouping,
 * filters, then a chart, a table with its totals and exports. Everything chosen is in the address.
 */
export function ReportsPage() {
  const translate = useTranslate()
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.reports.${key}`, options)
  const location = useLocation()
  const navigate = useNavigate()
  const notify = useNotify()
  const state = useMemo(() => stateFromSearch(location.search), [location.search])
  const search = searchOfState(state)
  // A bare or partly wrong link is rewritten to the view it shows, so copying the address copies that view.
  useEffect(() => {
    if (location.search !== `?${search}`) navigate(`${REPORTS_PATH}?${search}`, { replace: true })
  }, [location.search, search, navigate])
  const show = (next: ReportState) => navigate(`${REPORTS_PATH}?${searchOfState(next)}`)
  const [loaded, retry] = useSalesReport(state)

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t("title")} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <RangePicker state={state} onChange={show} />
            <TextField
              select
              size="small"
              sx={{ maxWidth: 280 }}
              label={t("group_by")}
              value={state.group_by}
              onChange={(e) => show({ ...state, group_by: e.target.value as SalesReportGroup })}
            >
              {SALES_REPORT_GROUPS.map((g) => (
                <MenuItem key={g} value={g}>
                  {t(`group.${g}`)}
                </MenuItem>
              ))}
            </TextField>
            <ReportFilters filters={state.filters} onChange={(filters) => show({ ...state, filters })} />
          </Stack>
        </CardContent>
      </Card>
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Box aria-live="polite" aria-busy={loaded.status === "loading"}>
            <LoadingOrError
              loading={loaded.status === "loading"}
              error={
                loaded.status === "error"
                  ? t("error", { message: translate(loaded.message, { _: loaded.message }) })
                  : null
              }
              loadingText={t("loading")}
              retryText={t("retry")}
              onRetry={retry}
            />
            {loaded.status === "ok" ? (
              <ReportView
                report={loaded.report}
                state={state}
                onCopied={() => notify("ocop.reports.copied", { type: "info" })}
              />
            ) : null}
          </Box>
        </CardContent>
      </Card>
    </Box>
  )
}

/**
 * Presets and the two Vietnam days, typed dd/mm/yyyy whatever the browser's locale (the native
 * picker follows the browser, common/DateViInput.tsx); a day that makes the range invalid is said,
 * not sent.
 */
function RangePicker({ state, onChange }: { state: ReportState; onChange: (next: ReportState) => void }) {
  const translate = useTranslate()
  const t = (key: string) => translate(`ocop.reports.${key}`)
  const shown = { from: formatDateInput(state.from), to: formatDateInput(state.to) }
  const [draft, setDraft] = useState(shown)
  useEffect(
    () => setDraft({ from: formatDateInput(state.from), to: formatDateInput(state.to) }),
    [state.from, state.to],
  )
  const rangeOf = (texts: typeof draft) => ({
    from: parseDateInput(texts.from) ?? "",
    to: parseDateInput(texts.to) ?? "",
  })
  const validRange = (texts: typeof draft) =>
    salesReportQuerySchema.safeParse({ ...rangeOf(texts), group_by: state.group_by }).success
  const valid = validRange(draft)
  const change = (part: "from" | "to", text: string) => {
    const next = { ...draft, [part]: text }
    setDraft(next)
    if (validRange(next)) onChange({ ...state, ...rangeOf(next) })
  }
  const preset = presetOf(state)
  return (
    <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={preset}
        aria-label={t("range")}
        onChange={(_e, value: ReportPreset | null) => {
          if (value) onChange({ ...state, ...presetRange(value) })
        }}
      >
        {REPORT_PRESETS.map((p) => (
          <ToggleButton key={p} value={p}>
            {t(`preset.${p}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {(["from", "to"] as const).map((part) => (
        <TextField
          key={part}
          size="small"
          label={t(part)}
          placeholder="dd/mm/yyyy"
          value={draft[part]}
          onChange={(e) => change(part, e.target.value)}
          error={!valid}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
          sx={{ width: 160 }}
        />
      ))}
      {valid ? null : (
        <Typography role="alert" color="error" variant="body2">
          {t("bad_range")}
        </Typography>
      )}
    </Stack>
  )
}

/** The chart, the table and the exports of a loaded report; an empty range says so instead. */
function ReportView({ report, state, onCopied }: { report: SalesReport; state: ReportState; onCopied: () => void }) {
  const translate = useTranslate()
  const t = (key: string) => translate(`ocop.reports.${key}`)
  const range = { from: state.from, to: state.to }
  const empty = report.rows.length === 0
  const words = vietnameseExportWords(state.group_by)
  const name = exportFileName(range, state.group_by)
  const exportXlsx = async () => downloadFile(await reportXlsx(report, words, range), `${name}.xlsx`, XLSX_TYPE)
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href)
    onCopied()
  }
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={empty}
          onClick={() => downloadCSV(reportCsv(report, words), name)}
        >
          {t("export_csv")}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={empty} onClick={() => void exportXlsx()}>
          {t("export_xlsx")}
        </Button>
        <Button startIcon={<LinkIcon />} onClick={() => void copyLink()}>
          {t("share")}
        </Button>
      </Stack>
      {empty ? (
        <Typography role="status" sx={{ py: 4, textAlign: "center" }} color="text.secondary">
          {t("empty")}
        </Typography>
      ) : (
        <>
          <ReportChart report={report} groupBy={state.group_by} />
          <ReportTable report={report} groupBy={state.group_by} range={range} />
          <Typography variant="body2" color="text.secondary">
            {t("orders_note")}
          </Typography>
        </>
      )}
    </Stack>
  )
}
