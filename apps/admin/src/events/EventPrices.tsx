import { useEffect, useState } from "react"
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material"
import { formatVnd, tryParseVnd } from "@ocop/domain"
import { useDataProvider, useRecordContext, useTranslate } from "react-admin"
import { useEventAction } from "./EventActions"

type EventRecord = {
  id: string
  read_only: boolean
  prices_online: boolean
  prices: { variant_id: string; amount: number }[]
  participants: { products: { product_id: string }[] }[]
}

type VariantRow = { id: string; label: string }

/**
 * The event's prices: one line per variant of the products the participants bring, the event price
 * typed in đồng; saving replaces the event's price list (active only during the event).
 */
export function EventPrices() {
  const record = useRecordContext<EventRecord>()
  const translate = useTranslate()
  const dataProvider = useDataProvider()
  const act = useEventAction()
  const [variants, setVariants] = useState<VariantRow[]>([])
  const [typed, setTyped] = useState<Record<string, string>>({})
  const [online, setOnline] = useState(false)
  const productIds = [...new Set((record?.participants ?? []).flatMap((p) => p.products.map((x) => x.product_id)))]
  const key = productIds.join(",")
  useEffect(() => {
    if (!record) return
    setOnline(record.prices_online)
    setTyped(Object.fromEntries(record.prices.map((p) => [p.variant_id, formatVnd(p.amount)])))
    if (!productIds.length) return setVariants([])
    void dataProvider
      .getMany("products", { ids: productIds })
      .then(({ data }) =>
        setVariants(
          data.flatMap((p) =>
            ((p.variants ?? []) as { id: string; title: string | null }[]).map((v) => ({
              id: v.id,
              label: v.title && v.title !== "Default" ? `${p.title} – ${v.title}` : String(p.title),
            })),
          ),
        ),
      )
      .catch(() => setVariants([]))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record?.id, key, record?.prices.length])
  if (!record) return null
  if (!variants.length) {
    return <Typography color="text.secondary">{translate("ocop.events.no_prices")}</Typography>
  }
  const save = () =>
    act(record.id, "prices", {
      online,
      prices: Object.entries(typed).flatMap(([variant_id, text]) => {
        if (!text.trim()) return []
        return [{ variant_id, amount: tryParseVnd(text) ?? text }]
      }),
    })
  return (
    <Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate("ocop.events.products")}</TableCell>
            <TableCell>{translate("ocop.events.event_price")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {variants.map((v) => (
            <TableRow key={v.id}>
              <TableCell>{v.label}</TableCell>
              <TableCell>
                <MuiTextField
                  size="small"
                  value={typed[v.id] ?? ""}
                  disabled={record.read_only}
                  onChange={(e) => setTyped({ ...typed, [v.id]: e.target.value })}
                  slotProps={{ htmlInput: { "aria-label": `${translate("ocop.events.event_price")} ${v.label}` } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {record.read_only ? null : (
        <Box sx={{ display: "flex", gap: 2, alignItems: "center", mt: 1 }}>
          <FormControlLabel
            control={<Checkbox checked={online} onChange={(e) => setOnline(e.target.checked)} />}
            label={translate("ocop.events.prices_online")}
          />
          <Button variant="outlined" onClick={() => void save()}>
            {translate("ocop.events.save_prices")}
          </Button>
        </Box>
      )}
    </Box>
  )
}
