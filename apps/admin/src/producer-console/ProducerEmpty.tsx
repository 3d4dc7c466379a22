import type { ReactNode } from "react"
import { CreateButton } from "react-admin"
import { EmptyMessage } from "../common/EmptyState"

/** A producer's empty list: says what belongs here and, where the producer may add, how to start. */
export function ProducerEmpty({
  message,
  icon,
  canCreate = false,
}: {
  message: string
  icon?: ReactNode
  canCreate?: boolean
}) {
  return (
    <EmptyMessage message={message} icon={icon}>
      {canCreate ? <CreateButton variant="contained" /> : null}
    </EmptyMessage>
  )
}
