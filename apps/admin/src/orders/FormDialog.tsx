import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from "@mui/material"
import { useId, useState, type FormEvent } from "react"
import { useTranslate } from "react-admin"

export interface DialogField {
  name: string
  label: string
  help?: string
  required?: boolean
  /** Fewest characters the server accepts (a reason of a few words). */
  minLength?: number
}

interface FormDialogProps {
  open: boolean
  title: string
  content: string
  translateOptions?: Record<string, unknown>
  fields: DialogField[]
  submitLabel: string
  /** A destructive action (cancelling an order): the submit button is red. */
  destructive?: boolean
  pending: boolean
  onSubmit: (values: Record<string, string>) => Promise<boolean>
  onClose: () => void
}

/** A confirmation dialog that also asks for a few texts (tracking number, cancellation reason). */
export function FormDialog({
  open,
  title,
  content,
  translateOptions,
  fields,
  submitLabel,
  destructive,
  pending,
  onSubmit,
  onClose,
}: FormDialogProps) {
  const translate = useTranslate()
  const titleId = useId()
  const [values, setValues] = useState<Record<string, string>>({})
  const [touched, setTouched] = useState(false)
  const text = (f: DialogField) => (values[f.name] ?? "").trim()
  const missing = (f: DialogField) => Boolean(f.required) && !text(f)
  const tooShort = (f: DialogField) => Boolean(f.minLength) && text(f) !== "" && text(f).length < f.minLength!
  const problem = (f: DialogField): string | null =>
    missing(f)
      ? translate("ra.validation.required")
      : tooShort(f)
        ? translate("ra.validation.minLength", { min: f.minLength })
        : null

  const close = () => {
    if (pending) return
    setValues({})
    setTouched(false)
    onClose()
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (fields.some(problem)) return
    if (await onSubmit(values)) {
      setValues({})
      setTouched(false)
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title, translateOptions)}</DialogTitle>
        <DialogContent>
          <DialogContentText gutterBottom>{translate(content, translateOptions)}</DialogContentText>
          {fields.map((f, index) => {
            const error = touched ? problem(f) : null
            return (
              <TextField
                key={f.name}
                autoFocus={index === 0}
                fullWidth
                margin="dense"
                multiline={f.name === "reason"}
                minRows={f.name === "reason" ? 2 : undefined}
                label={translate(f.label)}
                required={f.required}
                value={values[f.name] ?? ""}
                onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                error={Boolean(error)}
                helperText={error ?? (f.help ? translate(f.help) : " ")}
              />
            )
          })}
        </DialogContent>
        <DialogActions>
          {/* "Đóng", not "Huỷ": beside "Huỷ đơn" a "Huỷ" button would read as the same action. */}
          <MuiButton onClick={close} disabled={pending}>
            {translate("ra.action.close")}
          </MuiButton>
          <MuiButton type="submit" variant="contained" color={destructive ? "error" : "primary"} disabled={pending}>
            {translate(submitLabel)}
          </MuiButton>
        </DialogActions>
      </form>
    </Dialog>
  )
}
