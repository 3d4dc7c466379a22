import { Alert, Grid } from "@mui/material"
import {
  ArrayInput,
  ImageField,
  ImageInput,
  maxLength,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  useTranslate,
  type RaRecord,
} from "react-admin"
import { useDistrictChoices, useProductGroupChoices } from "../../common/domain-labels"
import { VndInput } from "../../common/VndInput"
import { UsdInput } from "../../common/UsdInput"
import type { ProducerVariant } from "../../providers/producer-products"
import { IMAGE_ACCEPT, IMAGE_MAX_BYTES, MAX_IMAGES } from "../image-rules"
import { ProductTextInputs } from "../../products/ProductTextInputs"

const NEW_VARIANT: ProducerVariant = { title: "", sku: null, price_vnd: null, price_usd: null }

function SubmitToolbar() {
  return (
    <Toolbar>
      <SaveButton label="ocop.producer_console.products.submit" />
    </Toolbar>
  )
}

/**
 * What a producer writes about a product: texts in Vietnamese and English, group and district,
 * pictures (uploaded when saved), and packagings with a VND and a USD price. Everything here is
 * reviewed by the OCOP office before buyers see it; stock is apart (the stock screen).
 * The packagings sent are the complete list: one removed here is removed once the change is approved.
 */
export function ProducerProductForm({ record, isCreate = false }: { record?: RaRecord; isCreate?: boolean }) {
  const translate = useTranslate()
  const groups = useProductGroupChoices()
  const districts = useDistrictChoices()
  return (
    <SimpleForm
      record={record}
      defaultValues={isCreate ? { images: [], variants: [NEW_VARIANT] } : undefined}
      toolbar={<SubmitToolbar />}
    >
      <Alert severity="info" sx={{ mb: 2, width: "100%" }}>
        {translate("ocop.producer_console.products.review_help")}
      </Alert>
      <Grid container columnSpacing={2} sx={{ width: "100%" }}>
        <ProductTextInputs />
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectInput source="product_group" choices={groups} validate={required()} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectInput source="origin_district" choices={districts} validate={required()} fullWidth />
        </Grid>
      </Grid>
      <ImageInput
        source="images"
        multiple
        accept={IMAGE_ACCEPT}
        maxSize={IMAGE_MAX_BYTES}
        helperText="ocop.producer_console.products.images_help"
        validate={maxLength(MAX_IMAGES)}
        inputProps={{ "aria-label": translate("resources.producer-products.fields.images") }}
      >
        <ImageField source="src" title="title" />
      </ImageInput>
      <ArrayInput source="variants" validate={required()}>
        <SimpleFormIterator inline disableReordering>
          <TextInput
            source="title"
            label="resources.producer-products.fields.variant_title"
            helperText="ocop.products.variant_help"
            validate={required()}
          />
          <TextInput source="sku" label="resources.producer-products.fields.sku" />
          <VndInput source="price_vnd" label="resources.producer-products.fields.price_vnd" validate={required()} />
          <UsdInput
            source="price_usd"
            label="resources.producer-products.fields.price_usd"
            helperText="ocop.producer_console.products.price_usd_help"
            invalidMessage="ocop.producer_console.products.invalid_usd"
          />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  )
}
