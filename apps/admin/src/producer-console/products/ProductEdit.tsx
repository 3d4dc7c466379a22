import { Edit, useNotify, useRecordContext, useRedirect } from "react-admin"
import { withPendingChanges, type ProducerProductRecord } from "../../providers/producer-products"
import { ProducerProductForm } from "./ProductForm"
import { ReviewNotice } from "./ReviewNotice"

function ProductTitle() {
  const record = useRecordContext<{ title?: string }>()
  return <span>{record?.title ?? ""}</span>
}

/** The form starts from the change waiting for review, if any: a new save replaces it. */
function PendingAwareForm() {
  const record = useRecordContext<ProducerProductRecord>()
  return record ? <ProducerProductForm record={withPendingChanges(record)} /> : null
}

/**
 * Editing sends the change for review; the live product stays as it is until the OCOP office
 * approves. Pessimistic, so the server's field errors land next to their inputs.
 */
export function ProducerProductEdit() {
  const notify = useNotify()
  const redirect = useRedirect()
  return (
    <Edit
      title={<ProductTitle />}
      mutationMode="pessimistic"
      actions={false}
      mutationOptions={{
        onSuccess: () => {
          notify("ocop.producer_console.products.sent_for_review", { type: "info", multiLine: true })
          redirect("list", "producer-products")
        },
      }}
    >
      <ReviewNotice />
      <PendingAwareForm />
    </Edit>
  )
}
