import CheckCircleIcon from "@mui/icons-material/CheckCircle"
import PaymentsIcon from "@mui/icons-material/Payments"
import StorefrontIcon from "@mui/icons-material/Storefront"
import { useState, type ReactElement } from "react"
import { Button, Confirm, useRecordContext } from "react-admin"
import { useDomainLocale } from "../common/domain-labels"
import { allows, amountToConfirm, formatOrderMoney, pickupPlace, type OrderRecord } from "./order-model"
import type { OcopDataProvider } from "../providers/data-provider"
import { useOrderAction } from "./use-order-action"

interface ConfirmedActionProps {
  label: string
  icon: ReactElement
  title: string
  content: string
  translateOptions?: Record<string, unknown>
  action: (provider: OcopDataProvider) => Promise<unknown>
  done: string
}

/** A button that asks before running an order action. */
function ConfirmedAction({ label, icon, title, content, translateOptions, action, done }: ConfirmedActionProps) {
  const { run, pending } = useOrderAction()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={pending}>
        {icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={title}
        content={content}
        translateOptions={translateOptions}
        onConfirm={async () => {
          await run(action, done)
          setOpen(false)
        }}
        onClose={() => setOpen(false)}
      />
    </>
  )
}

/**
 * Marks a VietQR transfer received, or cash on delivery / at the counter collected: both capture
 * the order's payment.
 */
export function MarkPaidButton() {
  const order = useRecordContext<OrderRecord>()
  const locale = useDomainLocale()
  if (!order || !allows(order, "mark_paid")) return null
  const key = order.payment_method === "vietqr" ? "mark_paid" : "mark_cod_collected"
  return (
    <ConfirmedAction
      label={`ocop.orders.actions.${key}`}
      icon={<PaymentsIcon />}
      title={`ocop.orders.actions.${key}_title`}
      content={`ocop.orders.actions.${key}_help`}
      translateOptions={{
        number: order.display_id ?? "",
        amount: formatOrderMoney(amountToConfirm(order), order.currency_code, locale),
      }}
      action={(p) => p.markOrderPaid(order.id)}
      done="ocop.orders.actions.paid_done"
    />
  )
}

/** Pickup orders: the goods reached the showroom and wait for the buyer. */
export function ReadyForPickupButton() {
  const order = useRecordContext<OrderRecord>()
  if (!order || !allows(order, "ready_for_pickup")) return null
  return (
    <ConfirmedAction
      label="ocop.orders.actions.ready_for_pickup"
      icon={<StorefrontIcon />}
      title="ocop.orders.actions.ready_for_pickup_title"
      content="ocop.orders.actions.ready_for_pickup_help"
      translateOptions={{ number: order.display_id ?? "", place: pickupPlace(order) ?? "" }}
      action={(p) => p.readyForPickup(order.id)}
      done="ocop.orders.actions.ready_done"
    />
  )
}

/** The buyer collected a pickup order at the showroom. */
export function PickedUpButton() {
  const order = useRecordContext<OrderRecord>()
  if (!order || !allows(order, "picked_up")) return null
  return (
    <ConfirmedAction
      label="ocop.orders.actions.picked_up"
      icon={<CheckCircleIcon />}
      title="ocop.orders.actions.picked_up_title"
      content="ocop.orders.actions.picked_up_help"
      translateOptions={{ number: order.display_id ?? "" }}
      action={(p) => p.markPickedUp(order.id)}
      done="ocop.orders.actions.delivered_done"
    />
  )
}

/** The carrier delivered a shipped parcel. */
export function DeliveredButton() {
  const order = useRecordContext<OrderRecord>()
  if (!order || !allows(order, "delivered")) return null
  return (
    <ConfirmedAction
      label="ocop.orders.actions.delivered"
      icon={<CheckCircleIcon />}
      title="ocop.orders.actions.delivered_title"
      content="ocop.orders.actions.delivered_help"
      translateOptions={{ number: order.display_id ?? "" }}
      action={(p) => p.markDelivered(order.id)}
      done="ocop.orders.actions.delivered_done"
    />
  )
}

/** A cancelled VietQR order's money went back to the buyer by bank transfer (decision 023). */
export function ConfirmRefundButton() {
  const order = useRecordContext<OrderRecord>()
  const locale = useDomainLocale()
  if (!order || !allows(order, "confirm_refund") || !order.refund) return null
  return (
    <ConfirmedAction
      label="ocop.orders.actions.confirm_refund"
      icon={<PaymentsIcon />}
      title="ocop.orders.actions.confirm_refund_title"
      content="ocop.orders.actions.confirm_refund_help"
      translateOptions={{
        number: order.display_id ?? "",
        amount: formatOrderMoney(order.refund.amount, order.refund.currency_code, locale),
      }}
      action={(p) => p.confirmOrderRefund(order.id)}
      done="ocop.orders.actions.refund_done"
    />
  )
}
