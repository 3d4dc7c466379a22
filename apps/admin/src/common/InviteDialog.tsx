import SendIcon from "@mui/icons-material/Send"
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from "@mui/material"
import { useId, useState, type ReactNode } from "react"
import { Form, SaveButton, useNotify, useTranslate } from "react-admin"
import { CopyableLink } from "./CopyableLink"
import { useDomainLocale } from "./domain-labels"
import { zodFormValidator, type ObjectSchemaLike } from "./zod-validator"

interface InviteDialogProps {
  open: boolean
  title: string
  titleOptions?: Record<string, unknown>
  help: string
  /** The domain schema the backend validates with; the form checks the same rules first. */
  schema: ObjectSchemaLike
  submitLabel: string
  /** Sends the invite; resolves to the link it carries (null when the server does not say). */
  onSubmit: (
    values: Record<string, unknown>,
  ) => Promise<{ inviteUrl: string | null; doneMessage: string; doneOptions?: Record<string, unknown> }>
  onClose: () => void
  children: ReactNode
}

/**
 * The form of an invite (staff or a producer's user). After sending, the dialog stays open with the
 * invite link to copy; server field errors (an email already taken) show next to their input.
 */
export function InviteDialog({
  open,
  title,
  titleOptions,
  help,
  schema,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: InviteDialogProps) {
  const translate = useTranslate()
  const notify = useNotify()
  const locale = useDomainLocale()
  const titleId = useId()
  const [inviteUrl, setInviteUrl] = useState<string | null>(null)

  const close = () => {
    setInviteUrl(null)
    onClose()
  }
  const submit = async (values: Record<string, unknown>) => {
    try {
      const sent = await onSubmit(values)
      notify(sent.doneMessage, { type: "success", messageArgs: sent.doneOptions })
      if (sent.inviteUrl) setInviteUrl(sent.inviteUrl)
      else close()
      return undefined
    } catch (error) {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors
      // Returned errors are shown on their inputs by react-admin's form.
      if (errors) return errors
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
      return undefined
    }
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(title, titleOptions)}</DialogTitle>
      {inviteUrl ? (
        <>
          <DialogContent>
            <CopyableLink url={inviteUrl} />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close}>{translate("ra.action.close")}</MuiButton>
          </DialogActions>
        </>
      ) : (
        <Form onSubmit={submit} validate={zodFormValidator(schema, locale)} noValidate>
          <DialogContent>
            <DialogContentText gutterBottom>{translate(help)}</DialogContentText>
            {children}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close}>{translate("ra.action.cancel")}</MuiButton>
            <SaveButton label={submitLabel} icon={<SendIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  )
}
