import { Box, Button, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from "@mui/material"
import { useState, type FormEvent } from "react"
import { useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin"
import type { ConsoleDataProvider } from "../../providers/console-data-provider"
import type { ProducerProductRecord } from "../../providers/producer-products"
import { parseQuantity } from "../stock/VariantStock"
import type { ProducerEventRecord } from "./producer-event"

/**
 * Units the producer brings to the booth itself (no transfer from a showroom): the booth's stock
 * rises by them and the event report counts them as declared. Only for an accepted invitation of
 * an event not closed; only the packagings of the products it brings.
 */
export function BoothStockForm() {
  const record = useRecordContext<ProducerEventRecord>()
  const translate = useTranslate()
  const t = (key: string) => translate(`ocop.producer_console.events.stock.${key}`)
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [variant, setVariant] = useState("")
  const [text, setText] = useState("")
  const [tried, setTried] = useState(false)
  const own = useGetList<ProducerProductRecord>("producer-products", { pagination: { page: 1, perPage: 100 } })
  if (!record || record.invitation.status !== "accepted") return null
  const brought = new Set(record.invitation.products.map((p) => p.product_id))
  const choices = (own.data ?? [])
    .filter((p) => brought.has(String(p.id)))
    .flatMap((p) => p.variants.filter((v) => v.id).map((v) => ({ id: v.id!, name: `${p.title} – ${v.title}` })))
  const declared = (record.invitation.booth_stock ?? []).filter((s) => s.kind === "declared")
  const quantity = parseQuantity(text)
  const invalid = tried && (quantity === null || quantity < 1)

  const send = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (!variant || quantity === null || quantity < 1) return
    try {
      await dataProvider.declareBoothStock(record.id, { lines: [{ variant_id: variant, quantity }] })
      notify("ocop.producer_console.events.stock.saved", { type: "info" })
      setText("")
      setTried(false)
      refresh()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    }
  }

  return (
    <Box component="section" aria-label={t("title")} sx={{ maxWidth: 720 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {t("title")}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t("help")}
      </Typography>
      {declared.length ? (
        <List dense disablePadding>
          {declared.map((s) => (
            <ListItem key={s.id} disableGutters>
              <ListItemText primary={`${s.title} × ${s.quantity}`} />
            </ListItem>
          ))}
        </List>
      ) : null}
      {record.read_only ? null : (
        <Stack component="form" noValidate onSubmit={send} direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
          <TextField
            select
            size="small"
            label={t("variant")}
            value={variant}
            onChange={(e) => setVariant(e.target.value)}
            error={tried && !variant}
            sx={{ minWidth: 280 }}
          >
            {choices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t("quantity")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={invalid}
            helperText={invalid ? t("invalid") : " "}
            slotProps={{ htmlInput: { inputMode: "numeric", "aria-invalid": invalid } }}
            sx={{ width: 160 }}
          />
          <Box>
            <Button type="submit" variant="outlined">
              {t("submit")}
            </Button>
          </Box>
        </Stack>
      )}
    </Box>
  )
}
