import type { ReactNode } from "react"

/** A labelled form field with its error right under it, tied together for screen readers. */
export function CheckoutField({
  name,
  label,
  error,
  children,
  hint,
}: {
  name: string
  label: string
  error?: string
  hint?: string
  children: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode
}) {
  const id = `field-${name}`
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined
  return (
    <div className="field checkout-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
