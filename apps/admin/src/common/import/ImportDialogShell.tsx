import UploadFileIcon from "@mui/icons-material/UploadFile"
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from "@mui/material"
import type { ReactNode } from "react"
import { Button, useTranslate } from "react-admin"
import { FileButton } from "../FileButton"

/** The list toolbar's "Nhập từ tệp" button that opens an import dialog. */
export function ImportButton({ onClick }: { onClick: () => void }) {
  return (
    <Button label="ocop.import.button" onClick={onClick}>
      <UploadFileIcon />
    </Button>
  )
}

/** What the file must contain, then a link to a sample file to start from. */
export function ImportHelp({
  text,
  sampleHref,
  sampleLabel,
  sampleName,
}: {
  text: string
  sampleHref: string
  sampleLabel: string
  sampleName?: string
}) {
  return (
    <>
      {text}{" "}
      <a href={sampleHref} download={sampleName ?? true}>
        {sampleLabel}
      </a>
    </>
  )
}

export interface ImportStatus {
  severity: "error" | "success" | "info"
  text: string
}

/**
 * The frame every import shares: what the file must contain, the file picker, the verdict on the
 * file, a progress bar while something runs, the preview, and the import button that stays off
 * until the whole file is valid. The dialog cannot be closed while the import runs.
 */
export function ImportDialogShell({
  open,
  title,
  help,
  busy,
  progress,
  status,
  onFile,
  onClose,
  runLabel,
  canRun,
  onRun,
  children,
}: {
  open: boolean
  title: string
  help: ReactNode
  busy: boolean
  /** Text of the progress bar, shown while `busy`. */
  progress: string | null
  status: ImportStatus | null
  onFile: (file: File | undefined) => void
  onClose: () => void
  runLabel: string
  canRun: boolean
  onRun: () => void
  children?: ReactNode
}) {
  const translate = useTranslate()
  return (
    <Dialog
      open={open}
      onClose={() => !busy && onClose()}
      maxWidth="lg"
      fullWidth
      aria-labelledby="import-dialog-title"
    >
      <DialogTitle id="import-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" component="div" sx={{ mb: 2 }}>
          {help}
        </Typography>
        <FileButton label="ocop.import_preview.file" accept=".csv,.xlsx" disabled={busy} onFile={onFile} />
        {busy && progress ? (
          <>
            <Typography variant="body2" sx={{ mt: 2 }}>
              {progress}
            </Typography>
            <LinearProgress aria-label={progress} sx={{ my: 1 }} />
          </>
        ) : null}
        {status && !busy ? (
          <Alert severity={status.severity} sx={{ my: 2 }}>
            {status.text}
          </Alert>
        ) : null}
        {children}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} disabled={busy}>
          {translate("ra.action.cancel")}
        </MuiButton>
        <MuiButton variant="contained" onClick={onRun} disabled={!canRun || busy}>
          {runLabel}
        </MuiButton>
      </DialogActions>
    </Dialog>
  )
}
