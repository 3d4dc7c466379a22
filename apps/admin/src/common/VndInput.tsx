import { formatVnd, tryParseVnd } from "@ocop/domain"
import { TextInput, type TextInputProps } from "react-admin"

/** Whole đồng typed the Vietnamese way ("150.000"); an ambiguous amount is refused, never guessed (decision 002). */
export function VndInput(props: TextInputProps) {
  return (
    <TextInput
      {...props}
      format={(value: unknown) => (typeof value === "number" ? formatVnd(value) : ((value as string | null) ?? ""))}
      parse={(text: string) => (text.trim() === "" ? null : (tryParseVnd(text) ?? text))}
      validate={[
        ...(Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : []),
        (value: unknown) =>
          value === null || value === undefined || typeof value === "number" ? undefined : "ocop.products.invalid_vnd",
      ]}
    />
  )
}
