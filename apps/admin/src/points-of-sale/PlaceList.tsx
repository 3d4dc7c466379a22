import { BooleanField, Datagrid, List, TextField, useTranslate } from "react-admin"

/** The places of sale the signed-in person may see (a clerk: their own). */
export function PlaceList() {
  const translate = useTranslate()
  return (
    <List
      sort={{ field: "name", order: "ASC" }}
      exporter={false}
      title={translate("resources.points-of-sale.name", { smart_count: 2 })}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="code" />
        <TextField source="address" label="resources.points-of-sale.fields.address_1" />
        <TextField source="opening_hours_text" sortable={false} />
        <BooleanField source="open_now" sortable={false} />
        <TextField source="status" />
      </Datagrid>
    </List>
  )
}
