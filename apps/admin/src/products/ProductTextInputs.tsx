import { Grid } from "@mui/material"
import { required, TextInput } from "react-admin"

/**
 * A product's name and description in Vietnamese and English, side by side on wide screens.
 * Staff and producers write the same texts (buyers read them on the storefront), so both forms
 * use these inputs inside their own grid.
 */
export function ProductTextInputs() {
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="title" validate={required()} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="title_en" fullWidth />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="description" multiline minRows={3} fullWidth />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput source="description_en" multiline minRows={3} fullWidth />
      </Grid>
    </>
  )
}
