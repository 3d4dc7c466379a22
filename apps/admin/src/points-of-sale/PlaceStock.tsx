import { Chip, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, Typography } from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useEffect, useState } from "react"
import { useRecordContext, useTranslate } from "react-admin"
import { counterApi } from "../providers"
import type { ShelfItem } from "../providers/counter"

/** Stock per product and variant at the place, with what is running out (at or under the threshold). */
export function PlaceStock() {
  const record = useRecordContext<{ id: string; low_stock_threshold: number }>()
  const translate = useTranslate()
  const [rows, setRows] = useState<ShelfItem[] | null>(null)
  const [low, setLow] = useState(false)
  useEffect(() => {
    if (record) void counterApi.shelf(String(record.id), low).then(setRows)
  }, [record, low])
  if (!record || !rows) return null
  return (
    <>
      <ToggleButton value="low" selected={low} onChange={() => setLow(!low)} size="small" sx={{ mb: 1 }}>
        {translate("ocop.places.low")} (≤ {record.low_stock_threshold})
      </ToggleButton>
      {rows.length === 0 ? <Typography color="text.secondary">—</Typography> : null}
      <Table size="small" aria-label={translate("ocop.places.stock")}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("resources.products.name", { smart_count: 1 })}</TableCell>
            <TableCell>SKU</TableCell>
            <TableCell align="right">Giá</TableCell>
            <TableCell align="right">Tồn</TableCell>
            <TableCell align="right">Giữ chỗ</TableCell>
            <TableCell align="right">Đang về</TableCell>
            <TableCell align="right">Có thể bán</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.variant_id}>
              <TableCell>
                {r.product_title} – {r.variant_title}{" "}
                {r.low ? <Chip size="small" color="warning" label={translate("ocop.places.low")} /> : null}
              </TableCell>
              <TableCell>{r.sku}</TableCell>
              <TableCell align="right">{r.price != null ? formatVnd(r.price) : "—"}</TableCell>
              <TableCell align="right">{r.stocked}</TableCell>
              <TableCell align="right">{r.reserved}</TableCell>
              <TableCell align="right">{r.incoming}</TableCell>
              <TableCell align="right">{r.available}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  )
}
