import { Divider } from "@mui/material"
import { Edit, TopToolbar, useRecordContext } from "react-admin"
import { ProductForm } from "./ProductForm"
import { ProductImages } from "./ProductImages"
import { ProductStock } from "./ProductStock"
import { PublishButton } from "./PublishButton"

function ProductTitle() {
  const record = useRecordContext<{ title?: string }>()
  return <span>{record?.title ?? ""}</span>
}

/**
 * Pessimistic: the OCOP profile's and variants' server rules answer with field errors shown next to
 * inputs. Stock and images are saved by their own panels, below the form, as soon as they change.
 * Saving stays on the page, so a variant just added can be stocked right away.
 */
export function ProductEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect={false}
      title={<ProductTitle />}
      actions={
        <TopToolbar>
          <PublishButton />
        </TopToolbar>
      }
    >
      <ProductForm />
      <Divider />
      <ProductStock />
      <Divider />
      <ProductImages />
    </Edit>
  )
}
