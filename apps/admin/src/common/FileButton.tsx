import UploadFileIcon from "@mui/icons-material/UploadFile"
import { Box, Button, Typography } from "@mui/material"
import { useId, useState } from "react"
import { useTranslate } from "react-admin"

interface FileButtonProps {
  /** Translation key of the field's name; also the accessible name of the file input. */
  label: string
  accept?: string
  disabled?: boolean
  onFile: (file: File | undefined) => void
}

/**
 * A file picker in the console's language. The browser's own input says "Choose File / No file
 * chosen" in the browser's language whatever the console's is, so it is hidden behind a button; the
 * input stays in the page (and labelled) so keyboards, screen readers and tests reach it.
 */
export function FileButton({ label, accept, disabled, onFile }: FileButtonProps) {
  const translate = useTranslate()
  const id = useId()
  const [name, setName] = useState<string | null>(null)
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
      <Button component="label" htmlFor={id} variant="outlined" startIcon={<UploadFileIcon />} disabled={disabled}>
        {translate("ocop.common.choose_file")}
      </Button>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-label={translate(label)}
        disabled={disabled}
        // Visually hidden, not display:none, so it stays focusable and in the accessibility tree.
        style={{ position: "absolute", width: 1, height: 1, opacity: 0, overflow: "hidden" }}
        onChange={(event) => {
          const file = event.target.files?.[0]
          setName(file?.name ?? null)
          onFile(file)
          // Choosing the same file again after fixing it must fire onChange again.
          event.target.value = ""
        }}
      />
      <Typography variant="body2" color={name ? "text.primary" : "text.secondary"}>
        {name ?? translate("ocop.common.no_file")}
      </Typography>
    </Box>
  )
}
