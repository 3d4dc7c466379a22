import { Create, useNotify, useRedirect } from "react-admin"
import { ProducerProductForm } from "./ProductForm"

/** A new product goes to the OCOP office as a draft; it is on sale only once approved and certified. */
export function ProducerProductCreate() {
  const notify = useNotify()
  const redirect = useRedirect()
  return (
    <Create
      mutationOptions={{
        onSuccess: () => {
          notify("ocop.producer_console.products.created_for_review", { type: "info", multiLine: true })
          redirect("list", "producer-products")
        },
      }}
    >
      <ProducerProductForm isCreate />
    </Create>
  )
}
