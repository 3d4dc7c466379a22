import AddIcon from "@mui/icons-material/Add"
import RemoveIcon from "@mui/icons-material/Remove"
import { Box, Button, Divider, IconButton, Stack, TextField, Typography } from "@mui/material"
import { formatVnd } from "@ocop/domain"
import { useTranslate } from "react-admin"
import { cartTotals, setQuantity, type CartLine } from "./cart"

export interface Buyer {
  name: string
  email: string
  phone: string
}

const wholeDong = (text: string) => {
  const n = Number(text.replace(/[^\d]/g, ""))
  return Number.isSafeInteger(n) ? n : 0
}

/** The sale being made: lines with quantity and discount, the sale's discount, buyer, totals with VAT. */
export function CartPanel(props: {
  lines: CartLine[]
  onLines: (lines: CartLine[]) => void
  saleDiscount: number
  onSaleDiscount: (n: number) => void
  buyer: Buyer
  onBuyer: (b: Buyer) => void
  onPay: () => void
  disabled: boolean
}) {
  const translate = useTranslate()
  const totals = cartTotals(props.lines, props.saleDiscount)
  const { lines, onLines } = props
  return (
    <Stack spacing={1.5}>
      <Typography variant="h6">{translate("ocop.counter.cart")}</Typography>
      {lines.length === 0 ? (
        <Typography color="text.secondary">{translate("ocop.counter.empty_cart")}</Typography>
      ) : (
        lines.map((line) => (
          <Box key={line.item.variant_id} data-testid="cart-line">
            <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between" }}>
              <Box>
                <Typography variant="subtitle2">{line.item.product_title}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {line.item.variant_title} · {formatVnd(line.item.price ?? 0)}
                </Typography>
              </Box>
              <Stack direction="row" sx={{ alignItems: "center" }}>
                <IconButton
                  aria-label={`− ${line.item.product_title}`}
                  onClick={() => onLines(setQuantity(lines, line.item.variant_id, line.quantity - 1))}
                >
                  <RemoveIcon />
                </IconButton>
                <Typography sx={{ minWidth: 24, textAlign: "center" }} aria-label={translate("ocop.counter.quantity")}>
                  {line.quantity}
                </Typography>
                <IconButton
                  aria-label={`+ ${line.item.product_title}`}
                  onClick={() => onLines(setQuantity(lines, line.item.variant_id, line.quantity + 1))}
                >
                  <AddIcon />
                </IconButton>
              </Stack>
            </Stack>
            <TextField
              size="small"
              label={translate("ocop.counter.line_discount")}
              value={line.discount || ""}
              onChange={(e) =>
                onLines(lines.map((l) => (l === line ? { ...l, discount: wholeDong(e.target.value) } : l)))
              }
              slotProps={{ htmlInput: { inputMode: "numeric" } }}
              sx={{ mt: 0.5, width: 180 }}
            />
          </Box>
        ))
      )}
      <Divider />
      <TextField
        size="small"
        label={translate("ocop.counter.sale_discount")}
        value={props.saleDiscount || ""}
        onChange={(e) => props.onSaleDiscount(wholeDong(e.target.value))}
        slotProps={{ htmlInput: { inputMode: "numeric" } }}
      />
      <Typography variant="subtitle2">{translate("ocop.counter.buyer")}</Typography>
      <Stack direction="row" spacing={1}>
        {(["name", "phone", "email"] as const).map((field) => (
          <TextField
            key={field}
            size="small"
            label={translate(`ocop.counter.buyer_${field}`)}
            value={props.buyer[field]}
            onChange={(e) => props.onBuyer({ ...props.buyer, [field]: e.target.value })}
          />
        ))}
      </Stack>
      {totals ? (
        <Box>
          <Row label={translate("ocop.counter.subtotal")} value={formatVnd(totals.subtotal)} />
          {totals.discount_total ? (
            <Row label={translate("ocop.counter.discount")} value={`−${formatVnd(totals.discount_total)}`} />
          ) : null}
          <Row label={translate("ocop.counter.total")} value={formatVnd(totals.total)} strong testId="cart-total" />
          <Row label={translate("ocop.counter.vat")} value={formatVnd(totals.vat_total)} />
        </Box>
      ) : (
        <Typography color="error">{translate("ocop.counter.discount")}: ✕</Typography>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          size="large"
          fullWidth
          disabled={props.disabled || !lines.length || !totals}
          onClick={props.onPay}
        >
          {translate("ocop.counter.pay")}
        </Button>
        <Button onClick={() => onLines([])} disabled={!lines.length}>
          {translate("ocop.counter.clear")}
        </Button>
      </Stack>
    </Stack>
  )
}

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <Stack direction="row" sx={{ justifyContent: "space-between" }}>
      <Typography variant={strong ? "h6" : "body2"}>{label}</Typography>
      <Typography variant={strong ? "h6" : "body2"} data-testid={testId}>
        {value}
      </Typography>
    </Stack>
  )
}
