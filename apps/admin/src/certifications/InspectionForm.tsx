import { inspectionInputSchema } from "@ocop/domain"
import { useMemo, useState } from "react"
import {
  Form,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  useDataProvider,
  useNotify,
  type Identifier,
} from "react-admin"
import { Stack } from "@mui/material"
import { DateViInput } from "../common/DateViInput"
import { useDomainLocale } from "../common/domain-labels"
import { zodFormValidator } from "../common/zod-validator"
import type { Inspection, OcopDataProvider } from "../providers/data-provider"
import { useCertificationChoices } from "./certification-choices"

interface InspectionFormProps {
  certificationId: Identifier
  onAdded: () => void
}

type InspectionValues = Omit<Inspection, "id">

/** Not the certificate on screen: react-admin forms otherwise start from the record in context. */
const NEW_INSPECTION = { result: "passed" }
const INSPECTION_FIELDS = Object.keys(inspectionInputSchema.shape)

/** Records one post-certification inspection; validated with the domain's inspection schema. */
export function InspectionForm({ certificationId, onAdded }: InspectionFormProps) {
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const locale = useDomainLocale()
  const { results } = useCertificationChoices()
  const validate = useMemo(() => zodFormValidator(inspectionInputSchema, locale), [locale])
  // Remounting the form (new key) is the simplest reliable reset after a successful save.
  const [formKey, setFormKey] = useState(0)

  const submit = async (values: Record<string, unknown>) => {
    try {
      const input = Object.fromEntries(INSPECTION_FIELDS.map((field) => [field, values[field]]))
      await dataProvider.addInspection(certificationId, input as InspectionValues)
      notify("ocop.certifications.inspections.added", { type: "info" })
      setFormKey((k) => k + 1)
      onAdded()
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body
      notify((error as Error)?.message || "ra.notification.http_error", { type: "error" })
      // Returning the server's field errors lets react-admin show them under the inputs.
      return body?.errors
    }
  }

  return (
    <Form key={formKey} record={NEW_INSPECTION} onSubmit={submit} validate={validate}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "flex-start" } }}>
        <DateViInput source="inspected_at" label="ocop.certifications.inspections.fields.inspected_at" isRequired />
        <TextInput source="inspector" label="ocop.certifications.inspections.fields.inspector" isRequired />
        <RadioButtonGroupInput
          source="result"
          label="ocop.certifications.inspections.fields.result"
          choices={results}
          isRequired
        />
      </Stack>
      <TextInput source="notes" label="ocop.certifications.inspections.fields.notes" multiline minRows={2} fullWidth />
      <SaveButton label="ocop.certifications.inspections.add" alwaysEnable />
    </Form>
  )
}
