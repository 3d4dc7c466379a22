import MenuBookIcon from "@mui/icons-material/MenuBook"
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  LinearProgress,
  Stack,
  Typography,
} from "@mui/material"
import { useEffect, useState } from "react"
import { Title, useCanAccess, useNotify, useTranslate } from "react-admin"
import { CATALOGUE_LANGUAGES, type CataloguePrint, type CataloguePrintApi, type CatalogueLanguage } from "./api"

const DATE_TIME = new Intl.DateTimeFormat("vi-VN", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Asia/Ho_Chi_Minh",
})
const size = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`

/**
 * The printed catalogue (issue 16): the latest PDF per language, and a button that generates a new
 * one from today's certified products. Generating takes seconds: the button shows progress and the
 * other language's button waits, so nobody starts the same work twice.
 */
export function CataloguePrintPage({ api }: { api: CataloguePrintApi }) {
  const translate = useTranslate()
  const notify = useNotify()
  // Generating is creating on the page's resource: trade promotion (and administrators) only.
  const mayGenerate = useCanAccess({ resource: "catalogue-prints", action: "create" }).canAccess === true
  const [latest, setLatest] = useState<CataloguePrint[] | null>(null)
  const [busy, setBusy] = useState<CatalogueLanguage | null>(null)

  useEffect(() => {
    let live = true
    api
      .latest()
      .then((rows) => live && setLatest(rows))
      .catch(
        (e: Error) =>
          live && notify(translate("ocop.catalogue_print.failed", { message: e.message }), { type: "error" }),
      )
    return () => {
      live = false
    }
  }, [api, notify, translate])

  const generate = async (language: CatalogueLanguage) => {
    setBusy(language)
    try {
      const made = await api.generate(language)
      setLatest((rows) => [...(rows ?? []).filter((r) => r.language !== language), made])
      notify(
        translate("ocop.catalogue_print.generated", {
          language: translate(`ocop.catalogue_print.language.${language}`),
          products: made.product_count,
          pages: made.page_count,
        }),
        { type: "success" },
      )
    } catch (e) {
      notify(translate("ocop.catalogue_print.failed", { message: (e as Error).message }), { type: "error" })
    } finally {
      setBusy(null)
    }
  }

  const open = async (language: CatalogueLanguage) => {
    try {
      window.open(await api.pdfUrl(language), "_blank", "noopener")
    } catch {
      notify("ocop.catalogue_print.open_failed", { type: "error" })
    }
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("ocop.catalogue_print.title")} />
      <Typography variant="body2" sx={{ mb: 2, maxWidth: 900 }}>
        {translate("ocop.catalogue_print.intro")}
      </Typography>
      {!mayGenerate ? (
        <Alert severity="info" sx={{ mb: 2, maxWidth: 900 }}>
          {translate("ocop.catalogue_print.read_only")}
        </Alert>
      ) : null}
      {latest === null ? <LinearProgress sx={{ maxWidth: 900 }} /> : null}
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        {CATALOGUE_LANGUAGES.map((language) => {
          const row = latest?.find((r) => r.language === language)
          return (
            <Card key={language} sx={{ flex: 1, maxWidth: 440 }} data-testid={`catalogue-${language}`}>
              <CardContent>
                <Typography variant="h6" gutterBottom>
                  <MenuBookIcon fontSize="small" sx={{ verticalAlign: "middle", mr: 1 }} />
                  {translate(`ocop.catalogue_print.language.${language}`)}
                </Typography>
                <Typography variant="body2" sx={{ mb: 2 }}>
                  {row
                    ? translate("ocop.catalogue_print.latest", {
                        date: DATE_TIME.format(new Date(row.generated_at)),
                        products: row.product_count,
                        groups: row.group_count,
                        pages: row.page_count,
                        size: size(row.size),
                      })
                    : latest
                      ? translate("ocop.catalogue_print.none")
                      : "…"}
                </Typography>
                {busy === language ? (
                  <Box role="status" sx={{ mb: 2 }}>
                    <LinearProgress />
                    <Typography variant="caption">{translate("ocop.catalogue_print.generating")}</Typography>
                  </Box>
                ) : null}
                <Stack direction="row" spacing={1}>
                  {mayGenerate ? (
                    <Button
                      variant="contained"
                      disabled={busy !== null}
                      onClick={() => void generate(language)}
                      startIcon={busy === language ? <CircularProgress size={16} color="inherit" /> : null}
                    >
                      {translate("ocop.catalogue_print.generate")}
                    </Button>
                  ) : null}
                  <Button variant="outlined" disabled={!row || busy === language} onClick={() => void open(language)}>
                    {translate("ocop.catalogue_print.open")}
                  </Button>
                </Stack>
              </CardContent>
            </Card>
          )
        })}
      </Stack>
    </Box>
  )
}
