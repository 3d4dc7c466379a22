import { Box, List, ListItem, ListItemText, Stack, Typography } from "@mui/material"
import { useState, type FormEvent } from "react"
import { useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin"
import type { ConsoleDataProvider } from "../../providers/console-data-provider"
import type { ProducerProductRecord } from "../../providers/producer-products"
import { RowSubmit, VariantQuantityFields } from "../../common/VariantQuantityFields"
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
    .flatMap((p) => p.variants.filter((v) => v.id).map((v) => ({ id: v.id!, label: `${p.title} – ${v.title}` })))
  const declared = (record.invitation.booth_stock ?? []).filter((s) => s.kind === "declared")
  const quantity = parseQuantity(text)

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
          <VariantQuantityFields
            choices={choices}
            variant={variant}
            onVariant={setVariant}
            quantityText={text}
            onQuantityText={setText}
            tried={tried}
            t={t}
          />
          <RowSubmit label={t("submit")} />
        </Stack>
      )}
    </Box>
  )
}
