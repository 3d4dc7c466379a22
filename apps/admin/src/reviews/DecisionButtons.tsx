import CheckCircleIcon from "@mui/icons-material/CheckCircle"
import DoNotDisturbIcon from "@mui/icons-material/DoNotDisturb"
import { useState } from "react"
import {
  Button,
  useDataProvider,
  useNotify,
  useCanAccess,
  useRecordContext,
  useRedirect,
  useRefresh,
} from "react-admin"
import type { ConsoleDataProvider } from "../providers/console-data-provider"
import type { ProductReviewRecord } from "../providers/product-reviews"
import { DecisionDialog } from "./DecisionDialog"

type Decision = "approve" | "reject"

/**
 * Approve or reject a pending change, after a confirmation. Approving publishes the change at once
 * (a new product goes on sale once it also has a valid certificate); rejecting needs a reason.
 * Only roles that write the register see them; the server enforces the same.
 */
export function DecisionButtons() {
  const review = useRecordContext<ProductReviewRecord>()
  const { canAccess: decides } = useCanAccess({ resource: "product-reviews", action: "edit" })
  const dataProvider = useDataProvider<ConsoleDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const redirect = useRedirect()
  const [open, setOpen] = useState<Decision | null>(null)
  const [pending, setPending] = useState(false)
  if (!review || review.status !== "pending" || !decides) return null

  const decide = async (decision: Decision, comment: string) => {
    setPending(true)
    try {
      if (decision === "approve") await dataProvider.approveReview(review.id, comment || undefined)
      else await dataProvider.rejectReview(review.id, comment)
      notify(decision === "approve" ? "ocop.reviews.approved_done" : "ocop.reviews.rejected_done", { type: "info" })
      setOpen(null)
      refresh()
      redirect("list", "product-reviews")
      return true
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
      return false
    } finally {
      setPending(false)
    }
  }
  const options = { product: review.product_title ?? "", producer: review.producer_name ?? "" }
  const isNew = review.kind === "create"

  return (
    <>
      <Button label="ocop.reviews.approve" variant="contained" onClick={() => setOpen("approve")} disabled={pending}>
        <CheckCircleIcon />
      </Button>
      <Button label="ocop.reviews.reject" color="error" onClick={() => setOpen("reject")} disabled={pending}>
        <DoNotDisturbIcon />
      </Button>
      <DecisionDialog
        open={open === "approve"}
        title="ocop.reviews.approve_title"
        content={isNew ? "ocop.reviews.approve_new_help" : "ocop.reviews.approve_help"}
        translateOptions={options}
        commentRequired={false}
        submitLabel="ocop.reviews.approve"
        submitColor="primary"
        pending={pending}
        onSubmit={(comment) => decide("approve", comment)}
        onClose={() => setOpen(null)}
      />
      <DecisionDialog
        open={open === "reject"}
        title="ocop.reviews.reject_title"
        content="ocop.reviews.reject_help"
        translateOptions={options}
        commentRequired
        submitLabel="ocop.reviews.reject"
        submitColor="error"
        pending={pending}
        onSubmit={(comment) => decide("reject", comment)}
        onClose={() => setOpen(null)}
      />
    </>
  )
}
