import { InputAdornment } from "@mui/material"
import { tryParseUsdCents, usdCentsText } from "@ocop/domain"
import { TextInput, type TextInputProps } from "react-admin"

type UsdInputProps = TextInputProps & {
  /** Translation key shown when the amount cannot be read; each console words it for its readers. */
  invalidMessage?: string
}

/**
 * A US-dollar price typed as people write it ("6.40", "6,4", "$6.40") and kept in cents, as our
 * APIs take it. Empty means "not sold abroad"; like VND (decision 002), an amount that cannot be
 * read for sure is refused, never guessed. The "$" sits beside the box so it reads like UsdField.
 */
export function UsdInput({ invalidMessage = "ocop.products.invalid_usd", ...props }: UsdInputProps) {
  const given = Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : []
  const readable = (value: unknown) =>
    value === null || value === undefined || typeof value === "number" ? undefined : invalidMessage
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      slotProps={{ ...props.slotProps, input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } }}
      format={(value: unknown) => (typeof value === "number" ? usdCentsText(value) : ((value as string | null) ?? ""))}
      parse={(text: string) => (text.trim() === "" ? null : (tryParseUsdCents(text) ?? text))}
      validate={[...given, readable]}
    />
  )
}
