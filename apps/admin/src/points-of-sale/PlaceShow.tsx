import { Button } from "@mui/material"
import {
  EditButton,
  Labeled,
  Link,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from "react-admin"
import { DayReport } from "./DayReport"
import { PickupQueue } from "./PickupQueue"
import { PlaceStock } from "./PlaceStock"

function Actions() {
  const record = useRecordContext()
  const translate = useTranslate()
  // Setting a place up is trade promotion's; its clerks only read it (auth/roles.ts).
  const { canAccess: editable } = useCanAccess({ resource: "points-of-sale", action: "edit" })
  return (
    <TopToolbar>
      {record ? (
        <Button component={Link} to={`/counter/${record.id}`} variant="contained">
          {translate("ocop.places.counter")}
        </Button>
      ) : null}
      {editable ? <EditButton /> : null}
    </TopToolbar>
  )
}

/** A place: details, its shelf (with what runs out), the end-of-day report and the pickup queue. */
export function PlaceShow() {
  const translate = useTranslate()
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="ra.action.show">
          <TextField source="name" />
          <TextField source="address" label="resources.points-of-sale.fields.address_1" />
          <TextField source="phone" />
          <TextField source="opening_hours_text" />
          <TextField source="seller_name" />
          <TextField source="seller_tax_code" />
          <Labeled label="resources.points-of-sale.fields.discount_limit_percent">
            <TextField source="discount_limit_percent" />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate("ocop.places.stock")} path="stock">
          <PlaceStock />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate("ocop.places.report")} path="report">
          <DayReport />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate("ocop.places.pickup")} path="pickup">
          <PickupQueue />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  )
}
