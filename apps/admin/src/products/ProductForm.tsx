import { Grid } from "@mui/material"
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useCanAccess,
  useTranslate,
} from "react-admin"
import { useDistrictChoices, useProductGroupChoices } from "../common/domain-labels"
import { VndInput } from "../common/VndInput"
import { UsdInput } from "../common/UsdInput"
import { RemoveVariantButton } from "./RemoveVariantButton"
import { ProductTextInputs } from "./ProductTextInputs"

/** A new variant row: stock tracked, so it can be stocked per location once saved. */
export const NEW_VARIANT = { title: "", sku: null, price: null, price_usd: null, manage_inventory: true }

/**
 * Product texts in Vietnamese and English, its producer, group and district (the OCOP profile), and
 * its variants (quy cách) with a VND price and, for buyers abroad, a USD price. Variants can be
 * added and removed when editing too; a saved variant is removed only after a confirmation.
 */
export function ProductForm({ isCreate = false }: { isCreate?: boolean }) {
  const translate = useTranslate()
  const { canAccess: writable = false } = useCanAccess({ resource: "products", action: isCreate ? "create" : "edit" })
  const groups = useProductGroupChoices()
  const districts = useDistrictChoices()
  const statuses = [
    { id: "draft", name: translate("ocop.products.status.draft") },
    { id: "published", name: translate("ocop.products.status.published") },
  ]
  return (
    <SimpleForm defaultValues={isCreate ? { status: "draft", variants: [NEW_VARIANT] } : undefined}>
      <Grid container columnSpacing={2} sx={{ width: "100%" }}>
        <ProductTextInputs />
        <Grid size={{ xs: 12, md: 4 }}>
          <ReferenceInput source="producer_id" reference="producers">
            <AutocompleteInput optionText="name" validate={required()} fullWidth />
          </ReferenceInput>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <SelectInput source="product_group" choices={groups} validate={required()} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <SelectInput source="origin_district" choices={districts} validate={required()} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 2 }}>
          <SelectInput source="status" choices={statuses} validate={required()} fullWidth />
        </Grid>
        {isCreate ? (
          <Grid size={12}>
            <TextInput source="handle" helperText="ocop.products.handle_help" fullWidth />
          </Grid>
        ) : null}
      </Grid>
      <ArrayInput source="variants" validate={required()}>
        <SimpleFormIterator
          inline
          disableReordering
          disableAdd={!writable}
          disableRemove={!writable}
          removeButton={<RemoveVariantButton />}
        >
          <TextInput
            source="title"
            label="resources.products.fields.variant_title"
            validate={required()}
            helperText="ocop.products.variant_help"
          />
          <TextInput source="sku" label="resources.products.fields.sku" helperText={false} />
          <VndInput source="price" label="resources.products.fields.price" validate={required()} helperText={false} />
          <UsdInput
            source="price_usd"
            label="resources.products.fields.price_usd"
            helperText="ocop.products.usd_help"
          />
          <BooleanInput
            source="manage_inventory"
            label="resources.products.fields.manage_inventory"
            defaultValue
            helperText={false}
          />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  )
}
