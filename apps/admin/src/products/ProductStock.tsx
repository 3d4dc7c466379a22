import {
  Alert,
  Box,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material"
import { stockQuantitySchema } from "@ocop/domain"
import { useState } from "react"
import { useDataProvider, useNotify, useCanAccess, useRecordContext, useTranslate } from "react-admin"
import { useLoaded } from "../common/use-loaded"
import type { OcopDataProvider } from "../providers/data-provider"
import type { StockChange, StockTable } from "../providers/product-stock"
import type { VariantRow } from "../providers/products"

type Edits = Record<string, Record<string, string>>

/** The quantities typed that differ from what is stored; null when one of them is not a quantity. */
export function stockChanges(table: StockTable, edits: Edits): StockChange[] | null {
  const changes: StockChange[] = []
  for (const [item, places] of Object.entries(edits)) {
    for (const [place, text] of Object.entries(places)) {
      const stored = table.levels[item]?.[place]
      // An empty cell where nothing was ever stocked is left alone; a stocked one needs a number (0 to empty it).
      if (!stored && text.trim() === "") continue
      const parsed = stockQuantitySchema.safeParse(text.trim())
      if (!parsed.success) return null
      if (stored?.stocked === parsed.data) continue
      changes.push({
        inventory_item_id: item,
        location_id: place,
        stocked_quantity: parsed.data,
        exists: Boolean(stored),
      })
    }
  }
  return changes
}

/**
 * Stock of each tracked variant at each place that holds stock (the warehouse first, then the
 * showrooms and any other location), editable for staff who keep the register. All changed cells
 * are saved in one request; a variant that does not track stock is named with how to turn it on.
 */
export function ProductStock() {
  const record = useRecordContext<{ id: string; variants?: VariantRow[] }>()
  const translate = useTranslate()
  const notify = useNotify()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const { canAccess: writable = false } = useCanAccess({ resource: "products", action: "edit" })
  const [edits, setEdits] = useState<Edits>({})
  const [saving, setSaving] = useState(false)
  const variants = (record?.variants ?? []).filter((v) => v.id)
  const tracked = variants.filter((v) => v.manage_inventory && v.inventory_item_id)
  const itemIds = tracked.map((v) => v.inventory_item_id!)
  const { data: table, reload } = useLoaded(
    record ? async () => (await dataProvider.getProductStock(itemIds)).data : null,
    [record?.id, itemIds.join(",")],
  )
  if (!record) return null
  const changes = table ? stockChanges(table, edits) : []
  const valueOf = (item: string, place: string) =>
    edits[item]?.[place] ?? String(table?.levels[item]?.[place]?.stocked ?? "")

  const save = async () => {
    if (!changes) return
    setSaving(true)
    try {
      await dataProvider.saveProductStock(changes)
      notify("ocop.product_stock.saved", { type: "success" })
      setEdits({})
      reload()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Box component="section" aria-labelledby="product-stock-title" sx={{ p: 2 }}>
      <Typography id="product-stock-title" variant="h6" component="h2">
        {translate("ocop.product_stock.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("ocop.product_stock.help")}
      </Typography>
      {!writable ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("ocop.product_stock.read_only")}
        </Alert>
      ) : null}
      {variants
        .filter((v) => !v.manage_inventory || !v.inventory_item_id)
        .map((v) => (
          <Alert key={v.id} severity="info" sx={{ mb: 1 }}>
            {translate("ocop.product_stock.untracked", { title: v.title })}
          </Alert>
        ))}
      {tracked.length === 0 ? <Typography>{translate("ocop.product_stock.none")}</Typography> : null}
      {tracked.length > 0 && table?.places.length === 0 ? (
        <Typography>{translate("ocop.product_stock.no_places")}</Typography>
      ) : null}
      {tracked.length > 0 && table && table.places.length > 0 ? (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("ocop.product_stock.variant")}</TableCell>
                {table.places.map((p) => (
                  <TableCell key={p.id}>{p.name}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {tracked.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>{v.title}</TableCell>
                  {table.places.map((p) => {
                    const item = v.inventory_item_id!
                    const reserved = table.levels[item]?.[p.id]?.reserved ?? 0
                    const text = valueOf(item, p.id)
                    const stored = table.levels[item]?.[p.id]
                    const bad =
                      text.trim() === "" ? Boolean(stored) : !stockQuantitySchema.safeParse(text.trim()).success
                    return (
                      <TableCell key={p.id}>
                        <TextField
                          size="small"
                          value={text}
                          disabled={!writable || saving}
                          error={bad}
                          helperText={
                            bad
                              ? translate("ocop.product_stock.invalid")
                              : reserved > 0
                                ? translate("ocop.product_stock.reserved", { count: reserved })
                                : " "
                          }
                          slotProps={{
                            htmlInput: {
                              inputMode: "numeric",
                              "aria-label": translate("ocop.product_stock.quantity", {
                                variant: v.title,
                                place: p.name,
                              }),
                            },
                          }}
                          onChange={(event) =>
                            setEdits((e) => ({ ...e, [item]: { ...e[item], [p.id]: event.target.value } }))
                          }
                          sx={{ width: 110 }}
                        />
                      </TableCell>
                    )
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {writable && tracked.length > 0 ? (
        <MuiButton
          variant="contained"
          sx={{ mt: 2 }}
          disabled={saving || !changes || changes.length === 0}
          onClick={() => void save()}
        >
          {translate("ocop.product_stock.save")}
        </MuiButton>
      ) : null}
    </Box>
  )
}
