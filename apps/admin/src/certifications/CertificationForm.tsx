import { certificationInputSchema } from "@ocop/domain"
import { useMemo } from "react"
import {
  AutocompleteInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  type SimpleFormProps,
} from "react-admin"
import { DateViInput } from "../common/DateViInput"
import { useDomainLocale } from "../common/domain-labels"
import { zodFormValidator } from "../common/zod-validator"
import { parseNumber, useCertificationChoices } from "./certification-choices"

/** Only the fields products are looked up by: Medusa's default product payload is large. */
const PRODUCT_QUERY = { meta: { fields: "id,title,handle" } }

interface CertificationFormProps extends Omit<SimpleFormProps, "children"> {
  /** A certificate belongs to one product for life: the product is fixed once created. */
  productLocked?: boolean
}

/**
 * Certificate fields validated in the browser with the domain's `certificationInputSchema`
 * (score within the star band, 5★ only from the national council), same as the backend.
 */
export function CertificationForm({ productLocked = false, ...props }: CertificationFormProps) {
  const locale = useDomainLocale()
  const validate = useMemo(() => zodFormValidator(certificationInputSchema, locale), [locale])
  const { stars, issuingLevels } = useCertificationChoices()
  return (
    <SimpleForm validate={validate} {...props}>
      <ReferenceInput
        source="product_id"
        reference="products"
        sort={{ field: "title", order: "ASC" }}
        queryOptions={PRODUCT_QUERY}
      >
        <AutocompleteInput
          optionText="title"
          filterToQuery={(q: string) => ({ q })}
          disabled={productLocked}
          isRequired
          fullWidth
        />
      </ReferenceInput>
      <SelectInput source="star_level" choices={stars} parse={parseNumber} isRequired />
      <NumberInput source="score" min={0} max={100} step={0.5} isRequired helperText="ocop.certifications.score_help" />
      <RadioButtonGroupInput source="issuing_level" choices={issuingLevels} isRequired />
      <TextInput source="certificate_number" isRequired />
      <TextInput source="decision_number" isRequired />
      <DateViInput source="decision_date" isRequired />
      <DateViInput source="valid_from" isRequired />
      <DateViInput source="valid_until" helperText="ocop.certifications.valid_until_help" />
    </SimpleForm>
  )
}
