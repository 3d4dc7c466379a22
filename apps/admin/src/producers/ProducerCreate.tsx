import { Create } from "react-admin"
import { ProducerForm } from "./ProducerForm"

/** New producers start active; suspension is decided later, on the edit page. */
export function ProducerCreate() {
  return (
    <Create redirect="show">
      <ProducerForm defaultValues={{ status: "active", photos: [] }} />
    </Create>
  )
}
