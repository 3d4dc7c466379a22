import CancelIcon from "@mui/icons-material/Cancel"
import LocalShippingIcon from "@mui/icons-material/LocalShipping"
import { useState } from "react"
import { Button, useRecordContext } from "react-admin"
import { FormDialog } from "./FormDialog"
import { allows, isPaid, type OrderRecord } from "./order-model"
import { useOrderAction } from "./use-order-action"

/** Delivery orders: hands the parcel to the carrier with its tracking number. */
export function ShipButton() {
  const order = useRecordContext<OrderRecord>()
  const { run, pending } = useOrderAction()
  const [open, setOpen] = useState(false)
  if (!order || !allows(order, "ship")) return null
  return (
    <>
      <Button label="ocop.orders.actions.ship" onClick={() => setOpen(true)} disabled={pending}>
        <LocalShippingIcon />
      </Button>
      <FormDialog
        open={open}
        title="ocop.orders.actions.ship_title"
        content="ocop.orders.actions.ship_help"
        translateOptions={{ number: order.display_id ?? "" }}
        fields={[
          { name: "tracking_number", label: "ocop.orders.actions.tracking_number", required: true },
          {
            name: "tracking_url",
            label: "ocop.orders.actions.tracking_url",
            help: "ocop.orders.actions.tracking_url_help",
          },
        ]}
        submitLabel="ocop.orders.actions.ship"
        pending={pending}
        onClose={() => setOpen(false)}
        onSubmit={async (values) => {
          const ok = await run(
            (p) =>
              p.shipOrder(order.id, {
                tracking_number: values.tracking_number ?? "",
                tracking_url: values.tracking_url,
              }),
            "ocop.orders.actions.shipped_done",
          )
          if (ok) setOpen(false)
          return ok
        }}
      />
    </>
  )
}

/**
 * Cancels an order not prepared yet, with the reason the backend keeps on the order. A paid order
 * is refunded by the cancellation, so the dialog says the money must go back to the buyer.
 */
export function CancelOrderButton() {
  const order = useRecordContext<OrderRecord>()
  const { run, pending } = useOrderAction()
  const [open, setOpen] = useState(false)
  if (!order || !allows(order, "cancel")) return null
  return (
    <>
      <Button label="ocop.orders.actions.cancel" color="error" onClick={() => setOpen(true)} disabled={pending}>
        <CancelIcon />
      </Button>
      <FormDialog
        open={open}
        title="ocop.orders.actions.cancel_title"
        content={isPaid(order) ? "ocop.orders.actions.cancel_paid_help" : "ocop.orders.actions.cancel_help"}
        translateOptions={{ number: order.display_id ?? "" }}
        fields={[{ name: "reason", label: "ocop.orders.actions.cancel_reason", required: true, minLength: 3 }]}
        submitLabel="ocop.orders.actions.cancel"
        destructive
        pending={pending}
        onClose={() => setOpen(false)}
        onSubmit={async (values) => {
          const ok = await run((p) => p.cancelOrder(order.id, values.reason ?? ""), "ocop.orders.actions.canceled_done")
          if (ok) setOpen(false)
          return ok
        }}
      />
    </>
  )
}
