import SendIcon from "@mui/icons-material/Send"
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from "@mui/material"
import { useId, useState, type FormEvent } from "react"
import { useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin"
import type { ConsoleDataProvider } from "../../providers/console-data-provider"
import type { ProducerProductRecord } from "../../providers/producer-products"
import { parseQuantity } from "../stock/VariantStock"
import type { ProducerEventRecord } from "./producer-event"

type Choice = "yes" | "no" | ""

/** What the form starts from: the answer already given, and the products already picked with their units. */
function startingAnswer(record: ProducerEventRecord): { choice: Choice; units: Record<string, string> } {
  const { status, products } = record.invitation
  return {
    choice: status === "accepted" ? "yes" : status === "declined" ? "no" : "",
    units: Object.fromEntries(products.map((p) => [p.product_id, String(p.units)])),
  }
}

/**
 * The producer's answer to an invitation: takes part or not and, taking part, which of its own
 * products it brings and how many units. The server checks the same (its own products, whole units,
 * an event not closed) and answers in Vietnamese.
 */
export function AnswerForm() {
  const record = useRecordContext<ProducerEventRecord>()
  if (!record || record.read_only) return null
  // Keyed by the answer on record, so the form starts again from what the server holds after a send.
  return <AnswerFields key={`${record.invitation.status}-${record.invitation.answered_at ?? ""}`} record={record} />
}

function AnswerFields({ record }: { record: ProducerEventRecord }) {
  const translate = useTranslate()
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`ocop.producer_console.events.answer.${key}`, args)
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const ids = { choice: useId(), products: useId() }
  const start = startingAnswer(record)
  const [choice, setChoice] = useState<Choice>(start.choice)
  const [units, setUnits] = useState<Record<string, string>>(start.units)
  const [tried, setTried] = useState(false)
  const [sending, setSending] = useState(false)
  const own = useGetList<ProducerProductRecord>("producer-products", { pagination: { page: 1, perPage: 100 } })

  const picked = Object.entries(units)
  const badUnits = (productId: string) => parseQuantity(units[productId] ?? "") === null
  const noneError = tried && choice === "yes" && picked.length === 0
  const choiceError = tried && choice === ""

  const send = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (choice === "") return
    if (choice === "yes" && (picked.length === 0 || picked.some(([id]) => badUnits(id)))) return
    setSending(true)
    try {
      await dataProvider.answerProducerEvent(record.id, {
        take_part: choice === "yes",
        ...(choice === "yes"
          ? { products: picked.map(([product_id, text]) => ({ product_id, units: parseQuantity(text) ?? 0 })) }
          : {}),
      })
      notify(`ocop.producer_console.events.answer.sent_${choice}`, { type: "info" })
      refresh()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setSending(false)
    }
  }

  const toggle = (productId: string, on: boolean) => {
    const next = { ...units }
    if (on) next[productId] = units[productId] ?? ""
    else delete next[productId]
    setUnits(next)
  }

  return (
    <Box component="form" noValidate onSubmit={send} aria-labelledby={ids.choice} sx={{ maxWidth: 720 }}>
      <Typography variant="h6" component="h2" id={ids.choice} gutterBottom>
        {t("title")}
      </Typography>
      <FormControl error={choiceError} component="fieldset" sx={{ mb: 2 }}>
        <FormLabel component="legend">{t("take_part")}</FormLabel>
        <RadioGroup row value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
          <FormControlLabel value="yes" control={<Radio />} label={t("yes")} />
          <FormControlLabel value="no" control={<Radio />} label={t("no")} />
        </RadioGroup>
        {choiceError ? <FormHelperText>{translate("ra.validation.required")}</FormHelperText> : null}
      </FormControl>
      {choice === "yes" ? (
        <FormControl component="fieldset" error={noneError} sx={{ display: "block", mb: 2 }}>
          <FormLabel component="legend" id={ids.products}>
            {t("products")}
          </FormLabel>
          <FormHelperText sx={{ mx: 0 }}>{t("products_help")}</FormHelperText>
          {own.isPending ? <LinearProgress sx={{ my: 2 }} aria-label={translate("ra.page.loading")} /> : null}
          {own.error ? (
            <Alert severity="error" sx={{ my: 1 }}>
              {(own.error as Error).message || translate("ra.notification.http_error")}
            </Alert>
          ) : null}
          {own.data && own.data.length === 0 ? (
            <Alert severity="info" sx={{ my: 1 }}>
              {t("no_own_products")}
            </Alert>
          ) : null}
          <Stack spacing={1} sx={{ mt: 1 }}>
            {(own.data ?? []).map((product) => {
              const id = String(product.id)
              const on = id in units
              const invalid = tried && on && badUnits(id)
              return (
                <Stack key={id} direction="row" spacing={2} sx={{ alignItems: "flex-start" }}>
                  <FormControlLabel
                    sx={{ minWidth: 280, mt: 0.5 }}
                    control={<Checkbox checked={on} onChange={(e) => toggle(id, e.target.checked)} />}
                    label={product.title}
                  />
                  <TextField
                    size="small"
                    label={t("units_of", { product: product.title })}
                    value={units[id] ?? ""}
                    disabled={!on}
                    onChange={(e) => setUnits({ ...units, [id]: e.target.value })}
                    error={invalid}
                    helperText={invalid ? t("invalid_units") : " "}
                    slotProps={{ htmlInput: { inputMode: "numeric", "aria-invalid": invalid } }}
                    sx={{ width: 240 }}
                  />
                </Stack>
              )
            })}
          </Stack>
          {noneError ? <FormHelperText>{t("none_picked")}</FormHelperText> : null}
        </FormControl>
      ) : null}
      <Button type="submit" variant="contained" startIcon={<SendIcon />} disabled={sending}>
        {t("submit")}
      </Button>
    </Box>
  )
}
