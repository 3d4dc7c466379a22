import GavelIcon from "@mui/icons-material/Gavel"
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from "@mui/material"
import { fieldErrors, revocationInputSchema } from "@ocop/domain"
import { useId, useState, type FormEvent } from "react"
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin"
import { useDomainLocale } from "../common/domain-labels"
import type { OcopDataProvider } from "../providers/data-provider"
import type { CertificationRecord } from "./certification-choices"

/**
 * Revokes a certificate after a failed post-certification inspection. Revocation removes the OCOP
 * badge everywhere and cannot be undone, so it needs a confirmation with a written reason.
 */
export function RevokeButton() {
  const record = useRecordContext<CertificationRecord>()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()
  const locale = useDomainLocale()
  const titleId = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [touched, setTouched] = useState(false)
  const [pending, setPending] = useState(false)

  if (!record || record.status === "revoked") return null

  const parsed = revocationInputSchema.safeParse({ reason })
  const error = parsed.success ? undefined : fieldErrors(parsed.error, locale).reason

  const close = () => {
    if (pending) return
    setOpen(false)
    setReason("")
    setTouched(false)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (!parsed.success) return
    setPending(true)
    try {
      await dataProvider.revokeCertification(record.id, parsed.data.reason)
      notify("ocop.certifications.revoke.done", { type: "info" })
      setOpen(false)
      setReason("")
      refresh()
    } catch (e) {
      notify((e as Error)?.message || "ra.notification.http_error", { type: "error" })
    } finally {
      setPending(false)
    }
  }

  return (
    <>
      <Button label="ocop.certifications.revoke.button" color="error" onClick={() => setOpen(true)}>
        <GavelIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>
            {translate("ocop.certifications.revoke.title", { number: record.certificate_number })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText gutterBottom>{translate("ocop.certifications.revoke.content")}</DialogContentText>
            <TextField
              autoFocus
              required
              fullWidth
              multiline
              minRows={2}
              margin="dense"
              name="reason"
              label={translate("ocop.certifications.revoke.reason")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              onBlur={() => setTouched(true)}
              error={touched && !!error}
              helperText={touched && error ? error : translate("ocop.certifications.revoke.reason_help")}
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close} disabled={pending}>
              {translate("ra.action.cancel")}
            </MuiButton>
            <MuiButton type="submit" color="error" variant="contained" disabled={pending}>
              {translate("ocop.certifications.revoke.button")}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  )
}
