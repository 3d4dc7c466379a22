import { Edit } from "react-admin"
import { ProducerForm } from "./ProducerForm"
import { ProducerTitle } from "./ProducerTitle"

/**
 * Pessimistic, not undoable: the register's server rules (unique registration number, handle)
 * answer with field errors, which react-admin only shows next to inputs in pessimistic mode.
 */
export function ProducerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<ProducerTitle />}>
      <ProducerForm withStatus />
    </Edit>
  )
}
