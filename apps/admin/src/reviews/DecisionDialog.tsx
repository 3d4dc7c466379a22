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

interface DecisionDialogProps {
  open: boolean
  title: string
  content: string
  translateOptions?: Record<string, unknown>
  /** Rejections need a reason the producer can act on; approvals may carry a note. */
  commentRequired: boolean
  submitLabel: string
  submitColor: "primary" | "error"
  pending: boolean
  onSubmit: (comment: string) => Promise<boolean>
  onClose: () => void
}

/** Confirms a review decision and takes the reviewer's comment. */
export function DecisionDialog(props: DecisionDialogProps) {
  const {
    open,
    title,
    content,
    translateOptions,
    commentRequired,
    submitLabel,
    submitColor,
    pending,
    onSubmit,
    onClose,
  } = props
  const translate = useTranslate()
  const titleId = useId()
  const [comment, setComment] = useState("")
  const [touched, setTouched] = useState(false)
  const missing = commentRequired && comment.trim() === ""

  const close = () => {
    if (pending) return
    setComment("")
    setTouched(false)
    onClose()
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (missing) return
    if (await onSubmit(comment.trim())) {
      setComment("")
      setTouched(false)
    }
  }
  const showError = touched && missing

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title, translateOptions)}</DialogTitle>
        <DialogContent>
          <DialogContentText gutterBottom>{translate(content, translateOptions)}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            label={translate(commentRequired ? "ocop.reviews.reason" : "ocop.reviews.comment")}
            required={commentRequired}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={showError}
            helperText={translate(
              showError
                ? "ocop.reviews.comment_required"
                : commentRequired
                  ? "ocop.reviews.reason_help"
                  : "ocop.reviews.comment_help",
            )}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close} disabled={pending}>
            {translate("ra.action.cancel")}
          </MuiButton>
          <MuiButton type="submit" variant="contained" color={submitColor} disabled={pending}>
            {translate(submitLabel)}
          </MuiButton>
        </DialogActions>
      </form>
    </Dialog>
  )
}
