import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material"
import type { ReactNode } from "react"
import { useRecordContext, useTranslate } from "react-admin"
import type { OrderItem } from "./order-model"

type Line = Pick<OrderItem, "id" | "product_title" | "variant_title" | "quantity"> & {
  title?: string | null
  unit_price?: unknown
  total?: unknown
}

/** "Đơn hàng #1042", the title of an order's page for staff and producers alike. */
export function OrderTitle() {
  const order = useRecordContext<{ display_id?: number | string }>()
  const translate = useTranslate()
  return <span>{translate("ocop.orders.title", { number: order?.display_id ?? "" })}</span>
}

/**
 * An order's lines (product — packaging, quantity, unit price, line total) with the sums below
 * them: `sums` (subtotal, shipping…) already worded, then the total in bold.
 */
export function OrderLinesTable({
  items,
  money,
  sums = [],
  total,
}: {
  items: Line[]
  money: (amount: unknown) => string
  sums?: { key: string; label: string; amount: string }[]
  total: ReactNode
}) {
  const translate = useTranslate()
  const t = (key: string) => translate(`ocop.orders.lines.${key}`)
  return (
    <Table size="small" sx={{ maxWidth: 760 }}>
      <TableHead>
        <TableRow>
          <TableCell>{t("product")}</TableCell>
          <TableCell align="right">{t("quantity")}</TableCell>
          <TableCell align="right">{t("unit_price")}</TableCell>
          <TableCell align="right">{t("total")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              {item.product_title ?? item.title}
              {item.variant_title ? ` — ${item.variant_title}` : ""}
            </TableCell>
            <TableCell align="right">{item.quantity}</TableCell>
            <TableCell align="right">{money(item.unit_price)}</TableCell>
            <TableCell align="right">{money(item.total)}</TableCell>
          </TableRow>
        ))}
        {sums.map((sum) => (
          <TableRow key={sum.key}>
            <TableCell colSpan={3} align="right">
              {sum.label}
            </TableCell>
            <TableCell align="right">{sum.amount}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell colSpan={3} align="right">
            <strong>{t("total")}</strong>
          </TableCell>
          <TableCell align="right">
            <strong>{total}</strong>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  )
}
