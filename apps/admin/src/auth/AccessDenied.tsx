import BlockIcon from "@mui/icons-material/Block"
import { Box, Typography } from "@mui/material"
import { Title, useTranslate } from "react-admin"

/** Shown instead of a screen the role may not use, rather than an empty page or a 403 toast. */
export function AccessDenied() {
  const translate = useTranslate()
  return (
    <Box sx={{ textAlign: "center", mt: 8 }} role="alert">
      <Title title={translate("ocop.access_denied.title")} />
      <BlockIcon color="disabled" sx={{ fontSize: 64 }} />
      <Typography variant="h5" sx={{ mt: 2 }}>
        {translate("ocop.access_denied.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {translate("ocop.access_denied.body")}
      </Typography>
    </Box>
  )
}
