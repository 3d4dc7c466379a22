import { Alert, Box, Grid, Typography } from "@mui/material"
import { producerProfileUpdateSchema } from "@ocop/domain"
import { useMemo } from "react"
import {
  Edit,
  ImageField,
  ImageInput,
  Labeled,
  required,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin"
import { domainLabel, useDomainLocale } from "../../common/domain-labels"
import { zodFormValidator } from "../../common/zod-validator"
import { PROFILE_ID, type ProducerProfileRecord } from "../../providers/producer-profile"
import { IMAGE_ACCEPT, IMAGE_MAX_BYTES } from "../image-rules"

// Pictures are checked once uploaded (the form holds files, not URLs yet).
const textSchema = producerProfileUpdateSchema.omit({ logo_url: true, photos: true })

/** Name, kind, registration and district: the OCOP office's register, shown but not editable here. */
function OfficeFields() {
  const record = useRecordContext<ProducerProfileRecord>()
  const translate = useTranslate()
  const locale = useDomainLocale()
  if (!record) return null
  return (
    <Box component="section" aria-labelledby="office-fields" sx={{ width: "100%", mb: 2 }}>
      <Typography id="office-fields" variant="h6" component="h2">
        {translate("ocop.producer_console.profile.office_fields")}
      </Typography>
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="name">
            <TextField source="name" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled label="resources.producer-profile.fields.kind">
            <Typography variant="body2">{domainLabel("producerKind", record.kind, locale)}</Typography>
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled source="registration_number">
            <TextField source="registration_number" />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Labeled label="resources.producer-profile.fields.district">
            <Typography variant="body2">
              {[record.commune, domainLabel("district", record.district, locale)].filter(Boolean).join(", ")}
            </Typography>
          </Labeled>
        </Grid>
      </Grid>
      <Alert severity="info" sx={{ mt: 1 }}>
        {translate("ocop.producer_console.profile.office_help")}
      </Alert>
    </Box>
  )
}

function ProfileToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  )
}

/** The producer's public profile: story, contact and pictures. Saved at once (it is not a listing). */
export function ProducerProfileEdit() {
  const notify = useNotify()
  const translate = useTranslate()
  const locale = useDomainLocale()
  const validate = useMemo(() => zodFormValidator(textSchema, locale), [locale])
  return (
    <Edit
      resource="producer-profile"
      id={PROFILE_ID}
      redirect={false}
      mutationMode="pessimistic"
      actions={false}
      mutationOptions={{ onSuccess: () => notify("ocop.producer_console.profile.saved", { type: "info" }) }}
    >
      <SimpleForm validate={validate} toolbar={<ProfileToolbar />}>
        <OfficeFields />
        <Grid container columnSpacing={2} sx={{ width: "100%" }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="representative" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="phone" type="tel" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="email" type="email" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="address" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="story_vi" multiline minRows={4} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="story_en" multiline minRows={4} fullWidth />
          </Grid>
        </Grid>
        {/* The drop zone's file input has no <label> of its own: name it for screen readers (axe: label). */}
        <ImageInput
          source="logo"
          accept={IMAGE_ACCEPT}
          maxSize={IMAGE_MAX_BYTES}
          inputProps={{ "aria-label": translate("resources.producer-profile.fields.logo") }}
        >
          <ImageField source="src" title="title" />
        </ImageInput>
        <ImageInput
          source="photos"
          multiple
          accept={IMAGE_ACCEPT}
          maxSize={IMAGE_MAX_BYTES}
          inputProps={{ "aria-label": translate("resources.producer-profile.fields.photos") }}
        >
          <ImageField source="src" title="title" />
        </ImageInput>
      </SimpleForm>
    </Edit>
  )
}
