import DownloadIcon from "@mui/icons-material/Download"
import EditIcon from "@mui/icons-material/Edit"
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material"
import {
  fieldErrors,
  formatVnd,
  PROGRAMME_FIRST_YEAR,
  PROGRAMME_MEASURE_NAMES,
  PROGRAMME_MEASURES,
  programmeTargetsSchema,
  programmeYearSchema,
  vietnamCalendarDay,
  type ProgrammeLine,
  type ProgrammeMeasure,
  type ProgrammePanel,
  type ProgrammeTargets,
} from "@ocop/domain"
import { useEffect, useState } from "react"
import {
  Title,
  useCanAccess,
  useDataProvider,
  useLocale,
  useLocation,
  useNavigate,
  useNotify,
  useTranslate,
} from "react-admin"
import { domainLocale } from "../i18n/i18n-provider"
import type { ConsoleDataProvider } from "../providers/console-data-provider"
import { LoadingOrError } from "../common/LoadingOrError"
import { downloadFile, XLSX_TYPE } from "../reports/download"
import { programmeXlsx } from "./programme-export"

/** Where the panel lives; `?year=` is the year shown, so the address is a link to that year. */
export const PROGRAMME_PATH = "/programme"
/** The console's name for the panel in `canAccess`: the register's area (the office sets targets). */
export const PROGRAMME_PAGE = "programme"

const thisYear = () => vietnamCalendarDay(new Date()).year

/** The year in the link, or this year (in Vietnam) when it names none the panel knows. */
export function yearFromSearch(search: string): number {
  const parsed = programmeYearSchema.safeParse(new URLSearchParams(search).get("year") ?? undefined)
  return parsed.success ? parsed.data : thisYear()
}

type Loaded = { status: "loading" } | { status: "ok"; panel: ProgrammePanel } | { status: "error"; message: string }

/**
 * The OCOP programme's year (issue 16, decision 030): the plan's targets against what the register
 * shows, with the gap; the office edits the targets; exported to XLSX for the province's report.
 */
export function ProgrammePage() {
  const translate = useTranslate()
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.programme.${key}`, options)
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const location = useLocation()
  const navigate = useNavigate()
  const year = yearFromSearch(location.search)
  const { canAccess: mayEdit } = useCanAccess({ resource: PROGRAMME_PAGE, action: "edit" })
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" })
  const [attempt, setAttempt] = useState(0)
  const [editing, setEditing] = useState(false)
  useEffect(() => {
    let live = true
    setLoaded({ status: "loading" })
    setEditing(false)
    dataProvider
      .getProgramme(year)
      .then((panel) => live && setLoaded({ status: "ok", panel }))
      .catch((error: Error) => live && setLoaded({ status: "error", message: error.message }))
    return () => {
      live = false
    }
  }, [year, attempt, dataProvider])
  const years = Array.from({ length: thisYear() + 2 - PROGRAMME_FIRST_YEAR }, (_, i) => PROGRAMME_FIRST_YEAR + i)

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t("title")} />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
            <TextField
              select
              size="small"
              label={t("year")}
              value={year}
              onChange={(e) => navigate(`${PROGRAMME_PATH}?year=${e.target.value}`)}
              sx={{ minWidth: 120 }}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            {loaded.status === "ok" ? (
              <>
                <Button
                  variant="outlined"
                  startIcon={<DownloadIcon />}
                  onClick={async () =>
                    downloadFile(await programmeXlsx(loaded.panel), `chuong-trinh-ocop_${year}.xlsx`, XLSX_TYPE)
                  }
                >
                  {t("export_xlsx")}
                </Button>
                {mayEdit && !editing ? (
                  <Button startIcon={<EditIcon />} onClick={() => setEditing(true)}>
                    {t("edit")}
                  </Button>
                ) : null}
              </>
            ) : null}
          </Stack>
          <Box sx={{ mt: 2 }} aria-live="polite" aria-busy={loaded.status === "loading"}>
            <LoadingOrError
              loading={loaded.status === "loading"}
              error={
                loaded.status === "error"
                  ? t("error", { message: translate(loaded.message, { _: loaded.message }) })
                  : null
              }
              loadingText={t("loading")}
              retryText={t("retry")}
              onRetry={() => setAttempt((n) => n + 1)}
            />
            {loaded.status === "ok" && editing ? (
              <TargetsForm
                panel={loaded.panel}
                onCancel={() => setEditing(false)}
                onSaved={(panel) => {
                  setLoaded({ status: "ok", panel })
                  setEditing(false)
                }}
              />
            ) : null}
            {loaded.status === "ok" && !editing ? <ProgrammeTable panel={loaded.panel} /> : null}
          </Box>
        </CardContent>
      </Card>
    </Box>
  )
}

/** A figure as the panel shows it: đồng for the support, a plain count otherwise. */
function figure(measure: ProgrammeMeasure, value: number): string {
  return measure === "support_vnd" ? formatVnd(value) : value.toLocaleString("vi-VN")
}

function ProgrammeTable({ panel }: { panel: ProgrammePanel }) {
  const translate = useTranslate()
  const locale = domainLocale(useLocale())
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.programme.${key}`, options)
  const cell = (line: ProgrammeLine, value: number | null) =>
    value === null ? (
      <Typography component="span" variant="body2" color="text.secondary">
        {t("not_recorded")}
      </Typography>
    ) : (
      figure(line.measure, value)
    )
  return (
    <Stack spacing={2}>
      {panel.targets ? null : <Alert severity="info">{t("no_targets", { year: panel.year })}</Alert>}
      <Table size="small" data-testid="programme-table">
        <caption style={{ captionSide: "top", textAlign: "left" }}>{`${t("title")} — ${panel.year}`}</caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t("measure")}</TableCell>
            <TableCell scope="col" align="right">
              {t("target")}
            </TableCell>
            <TableCell scope="col" align="right">
              {t("actual")}
            </TableCell>
            <TableCell scope="col" align="right">
              {t("gap")}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {panel.lines.map((line) => (
            <TableRow key={line.measure}>
              <TableCell component="th" scope="row">
                {PROGRAMME_MEASURE_NAMES[line.measure][locale]}
              </TableCell>
              <TableCell align="right">{line.target === null ? "—" : figure(line.measure, line.target)}</TableCell>
              <TableCell align="right">{cell(line, line.actual)}</TableCell>
              <TableCell
                align="right"
                sx={line.gap !== null && line.gap > 0 ? { color: "warning.dark", fontWeight: 700 } : undefined}
              >
                {line.gap === null ? "—" : figure(line.measure, line.gap)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" color="text.secondary">
        {t("counts_note")}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t("support_note")}
      </Typography>
    </Stack>
  )
}

/** The year's targets as a form; each field's error in the reader's language, nothing sent until all pass. */
function TargetsForm({
  panel,
  onCancel,
  onSaved,
}: {
  panel: ProgrammePanel
  onCancel: () => void
  onSaved: (panel: ProgrammePanel) => void
}) {
  const translate = useTranslate()
  const locale = domainLocale(useLocale())
  const notify = useNotify()
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.programme.${key}`, options)
  const [values, setValues] = useState<Record<ProgrammeMeasure, string>>(
    () =>
      Object.fromEntries(PROGRAMME_MEASURES.map((m) => [m, String(panel.targets?.[m] ?? "")])) as Record<
        ProgrammeMeasure,
        string
      >,
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const save = async () => {
    const parsed = programmeTargetsSchema.safeParse(values)
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, locale))
    setErrors({})
    setSaving(true)
    try {
      const saved = await dataProvider.setProgrammeTargets(panel.year, parsed.data as ProgrammeTargets)
      notify("ocop.programme.saved", { type: "success", messageArgs: { year: panel.year } })
      onSaved(saved)
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body
      setErrors(body?.errors ?? { _: (error as Error).message })
    } finally {
      setSaving(false)
    }
  }
  return (
    <Stack
      component="form"
      spacing={2}
      sx={{ maxWidth: 480 }}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      {PROGRAMME_MEASURES.map((m) => (
        <TextField
          key={m}
          size="small"
          label={PROGRAMME_MEASURE_NAMES[m][locale]}
          value={values[m]}
          inputMode="numeric"
          onChange={(e) => setValues({ ...values, [m]: e.target.value.replace(/[.\s]/g, "") })}
          error={Boolean(errors[m])}
          helperText={errors[m]}
        />
      ))}
      {errors._ ? <Alert severity="error">{errors._}</Alert> : null}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={saving}>
          {t("save")}
        </Button>
        <Button onClick={onCancel}>{t("cancel")}</Button>
      </Stack>
    </Stack>
  )
}
