import { useEffect, useState } from "react"
import { NumberInput, SelectInput, SimpleForm, TextInput, required } from "react-admin"
import { counterApi } from "../providers"

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

/** The form's values → the API's: one opening period for every day, from "opens" and "closes". */
export function placeFromForm(values: Record<string, unknown>): Record<string, unknown> {
  const {
    opens,
    closes,
    opening_hours: _hours,
    opening_hours_text: _text,
    open_now: _open,
    address: _address,
    map_url: _map,
    ...rest
  } = values
  return opens && closes ? { ...rest, opening_hours: [{ days: EVERY_DAY, opens, closes }] } : rest
}

/** The first period's hours as the form shows them. */
export function placeToForm(record: Record<string, unknown> | undefined) {
  const first = (record?.opening_hours as { opens: string; closes: string }[] | undefined)?.[0]
  return { opens: first?.opens ?? "07:30", closes: first?.closes ?? "21:00" }
}

/** Setting a place of sale up (trade promotion): where, when open, who sells, the counter's rules. */
export function PlaceForm({ create }: { create?: boolean }) {
  const [managers, setManagers] = useState<{ id: string; name: string }[]>([])
  useEffect(() => {
    void counterApi
      .placeManagers()
      .then((rows) => setManagers(rows.map((m) => ({ id: m.id, name: `${m.name} (${m.email})` }))))
      .catch(() => setManagers([]))
  }, [])
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      {create ? <TextInput source="code" validate={required()} helperText="sa-pa" /> : null}
      <TextInput source="handle" validate={required()} />
      <SelectInput source="status" choices={["active", "paused", "closed"].map((id) => ({ id, name: id }))} />
      <TextInput source="address_1" validate={required()} fullWidth />
      <TextInput source="ward" validate={required()} />
      <TextInput source="province" defaultValue="Lào Cai" />
      <TextInput source="phone" />
      <SelectInput source="manager_user_id" choices={managers} emptyText="—" />
      <TextInput source="opens" label="resources.points-of-sale.fields.opens" helperText="07:30" />
      <TextInput source="closes" label="resources.points-of-sale.fields.closes" helperText="21:30" />
      <NumberInput source="latitude" />
      <NumberInput source="longitude" />
      <TextInput source="photo_url" fullWidth />
      <TextInput source="description" multiline fullWidth />
      <TextInput source="seller_name" fullWidth />
      <TextInput source="seller_tax_code" />
      <NumberInput source="low_stock_threshold" />
      <NumberInput source="discount_limit_percent" />
      <NumberInput source="pickup_hold_days" />
      <NumberInput source="cash_difference_threshold" />
    </SimpleForm>
  )
}
