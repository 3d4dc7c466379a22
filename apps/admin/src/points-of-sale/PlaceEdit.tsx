import { Edit, useRecordContext } from "react-admin"
import { PlaceForm, placeFromForm, placeToForm } from "./PlaceForm"

function FormWithHours() {
  const record = useRecordContext()
  if (record) Object.assign(record, placeToForm(record))
  return <PlaceForm />
}

/** Changes a place (not its code, which names its stock location and pickup options). */
export function PlaceEdit() {
  return (
    <Edit transform={placeFromForm} mutationMode="pessimistic" redirect="show">
      <FormWithHours />
    </Edit>
  )
}
