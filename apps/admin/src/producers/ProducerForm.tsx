import { Typography } from "@mui/material"
import type { ReactNode } from "react"
import {
  ArrayInput,
  BooleanInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from "react-admin"
import { useDistrictChoices, useProducerKindChoices } from "../common/domain-labels"
import { suspendedFormat, suspendedParse } from "./producer-status"
import { useProducerValidator } from "./validate-producer"

function Section({ title }: { title: string }) {
  const translate = useTranslate()
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  )
}

interface ProducerFormProps extends Omit<SimpleFormProps, "children"> {
  /** The status switch only makes sense on an existing producer. */
  withStatus?: boolean
  children?: ReactNode
}

/** Fields of a producer, shared by create and edit; validated with the domain's rules. */
export function ProducerForm({ withStatus = false, ...props }: ProducerFormProps) {
  const translate = useTranslate()
  const districts = useDistrictChoices()
  const kinds = useProducerKindChoices()
  const validate = useProducerValidator()
  return (
    <SimpleForm validate={validate} {...props}>
      <Section title="ocop.producers.section.identity" />
      <TextInput source="name" isRequired fullWidth />
      <SelectInput source="kind" choices={kinds} isRequired />
      <TextInput source="registration_number" isRequired />
      <TextInput source="handle" isRequired helperText="ocop.producers.handle_help" />
      {withStatus ? (
        <BooleanInput
          source="status"
          label="ocop.producers.suspended_toggle"
          format={suspendedFormat}
          parse={suspendedParse}
          helperText={translate("ocop.producers.suspended_help")}
        />
      ) : null}

      <Section title="ocop.producers.section.contact" />
      <SelectInput source="district" choices={districts} isRequired />
      <TextInput source="commune" isRequired />
      <TextInput source="address" isRequired fullWidth />
      <TextInput source="representative" isRequired />
      <TextInput source="phone" isRequired type="tel" />
      <TextInput source="email" type="email" />

      <Section title="ocop.producers.section.story" />
      <TextInput source="story_vi" multiline minRows={3} fullWidth />
      <TextInput source="story_en" multiline minRows={3} fullWidth />

      <Section title="ocop.producers.section.media" />
      <TextInput source="logo_url" type="url" fullWidth />
      <ArrayInput source="photos">
        <SimpleFormIterator inline disableReordering={false}>
          {/* The array holds plain strings: an input without source edits the item itself. */}
          <TextInput source="" label="ocop.producers.photo_url" type="url" fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  )
}
