import { Create } from "react-admin"
import { PlaceForm, placeFromForm } from "./PlaceForm"

/** A new place of sale: the server makes its stock location, sales channel and first register. */
export function PlaceCreate() {
  return (
    <Create transform={placeFromForm} redirect="show">
      <PlaceForm create />
    </Create>
  )
}
