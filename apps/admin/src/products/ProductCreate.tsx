import { Create } from "react-admin"
import { ProductForm } from "./ProductForm"

/** Creates the Medusa product, then attaches it to its producer with its OCOP profile. */
export function ProductCreate() {
  return (
    <Create redirect="edit" mutationMode="pessimistic">
      <ProductForm isCreate />
    </Create>
  )
}
