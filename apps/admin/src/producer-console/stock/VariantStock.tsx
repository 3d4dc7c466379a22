import SaveIcon from "@mui/icons-material/Save"
import { IconButton, Stack, TextField, Tooltip } from "@mui/material"
import { useState, type FormEvent } from "react"
import { useDataProvider, useNotify, useRefresh, useTranslate, type Identifier } from "react-admin"
import type { ConsoleDataProvider } from "../../providers/console-data-provider"
import type { ProducerVariant } from "../../providers/producer-products"

/** Whole, non-negative quantities only; anything else is refused before it is sent. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isSafeInteger(value) ? value : null
}

/**
 * One packaging's stock at the producer's own location. Saving applies at once: stock is no
 * listing change, so it is not reviewed.
 */
export function VariantStock({ productId, variant }: { productId: Identifier; variant: ProducerVariant }) {
  const translate = useTranslate()
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [text, setText] = useState(variant.stock == null ? "" : String(variant.stock))
  const [saving, setSaving] = useState(false)
  const quantity = parseQuantity(text)
  const invalid = text.trim() !== "" && quantity === null
  const unchanged = quantity === (variant.stock ?? null)
  const label = translate("ocop.producer_console.stock.quantity_of", { variant: variant.title })

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (quantity === null || !variant.id || unchanged) return
    setSaving(true)
    try {
      await dataProvider.setProducerStock(productId, variant.id, quantity)
      notify("ocop.producer_console.stock.saved", { type: "info", messageArgs: { variant: variant.title } })
      refresh()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Stack component="form" direction="row" spacing={1} onSubmit={save} sx={{ alignItems: "flex-start", py: 0.5 }}>
      <TextField
        size="small"
        label={label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        slotProps={{ htmlInput: { inputMode: "numeric", "aria-invalid": invalid } }}
        error={invalid}
        helperText={invalid ? translate("ocop.producer_console.stock.invalid") : (variant.sku ?? " ")}
        sx={{ width: 260 }}
      />
      <Tooltip title={translate("ocop.producer_console.stock.save")}>
        <span>
          <IconButton
            type="submit"
            aria-label={translate("ocop.producer_console.stock.save_of", { variant: variant.title })}
            disabled={saving || quantity === null || unchanged}
            color="primary"
          >
            <SaveIcon />
          </IconButton>
        </span>
      </Tooltip>
    </Stack>
  )
}
