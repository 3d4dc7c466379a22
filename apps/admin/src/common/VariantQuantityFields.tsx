import { Box, Button, MenuItem, TextField } from "@mui/material"
import { parseQuantity } from "../producer-console/stock/VariantStock"

export type VariantChoice = { id: string; label: string }

/**
 * The packaging and the whole number of units that booth stock is moved by (a producer's declaration,
 * staff's loss): the fields both forms share, marked invalid once the form has been tried. `t` reads
 * the form's own labels (`variant`, `quantity`, `invalid`). The caller parses the quantity again
 * with the same `parseQuantity` before it sends.
 */
export function VariantQuantityFields(props: {
  choices: VariantChoice[]
  variant: string
  onVariant: (id: string) => void
  quantityText: string
  onQuantityText: (text: string) => void
  tried: boolean
  t: (key: string) => string
}) {
  const { choices, variant, onVariant, quantityText, onQuantityText, tried, t } = props
  const quantity = parseQuantity(quantityText)
  const invalid = tried && (quantity === null || quantity < 1)
  return (
    <>
      <TextField
        select
        size="small"
        label={t("variant")}
        value={variant}
        onChange={(e) => onVariant(e.target.value)}
        error={tried && !variant}
        sx={{ minWidth: 260 }}
      >
        {choices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t("quantity")}
        value={quantityText}
        onChange={(e) => onQuantityText(e.target.value)}
        error={invalid}
        helperText={invalid ? t("invalid") : " "}
        slotProps={{ htmlInput: { inputMode: "numeric", "aria-invalid": invalid } }}
        sx={{ width: 140 }}
      />
    </>
  )
}

/** The outlined submit button at the end of those forms' row. */
export function RowSubmit({ label }: { label: string }) {
  return (
    <Box>
      <Button type="submit" variant="outlined">
        {label}
      </Button>
    </Box>
  )
}
