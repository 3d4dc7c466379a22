import ContentCopyIcon from "@mui/icons-material/ContentCopy"
import { Alert, IconButton, InputAdornment, TextField, Tooltip } from "@mui/material"
import { useState } from "react"
import { useTranslate } from "react-admin"

/**
 * An invite link the person who sent the invite can pass on (by phone or chat) when the email does
 * not arrive: shown read-only with a copy button.
 */
export function CopyableLink({ url }: { url: string }) {
  const translate = useTranslate()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      // Clipboard refused (insecure origin, permissions): the field stays selectable by hand.
      setCopied(false)
    }
  }
  return (
    <Alert severity="info" sx={{ mt: 2 }}>
      {translate("ocop.common.invite_link_help")}
      <TextField
        fullWidth
        size="small"
        margin="dense"
        label={translate("ocop.common.invite_link")}
        value={url}
        onFocus={(event) => event.target.select()}
        slotProps={{
          input: {
            readOnly: true,
            endAdornment: (
              <InputAdornment position="end">
                <Tooltip title={translate(copied ? "ocop.common.copied" : "ocop.common.copy")}>
                  <IconButton aria-label={translate("ocop.common.copy")} onClick={() => void copy()} edge="end">
                    <ContentCopyIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </InputAdornment>
            ),
          },
        }}
      />
    </Alert>
  )
}
