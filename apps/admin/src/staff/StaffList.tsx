import {
  Datagrid,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  useDataProvider,
  useTranslate,
} from "react-admin"
import { ROLES } from "../auth/roles"
import { DateViField } from "../common/DateViField"
import { ListActions } from "../common/ListActions"
import { useLoaded } from "../common/use-loaded"
import type { OcopDataProvider } from "../providers/data-provider"
import { InviteStaffButton } from "./InviteStaffButton"
import { PendingInvites } from "./PendingInvites"
import { RoleSelect } from "./RoleSelect"
import { staffCsvColumns } from "./staff-csv"

/**
 * Staff accounts and their roles, and the invites not yet accepted (administrators only). New
 * staff join by invite with their role (decision 011); accounts made with Medusa's CLI start
 * without a role until one is set here.
 */
export function StaffList() {
  const translate = useTranslate()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const invites = useLoaded(() => dataProvider.getStaffInvites().then((r) => r.data), [dataProvider])
  const roleChoices = [
    ...ROLES.map((role) => ({ id: role, name: translate(`ocop.role.${role}`) })),
    { id: "none", name: translate("ocop.staff.role_none") },
  ]
  return (
    <>
      <List
        filters={[
          <SearchInput key="q" source="q" alwaysOn />,
          <SelectInput key="role" source="role" choices={roleChoices} />,
        ]}
        sort={{ field: "email", order: "ASC" }}
        actions={
          <ListActions create csvColumns={staffCsvColumns}>
            <InviteStaffButton onInvited={invites.reload} />
          </ListActions>
        }
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="email" />
          <FunctionField
            source="last_name"
            label="resources.staff.fields.last_name"
            render={(r: { first_name?: string | null; last_name?: string | null }) =>
              [r.last_name, r.first_name].filter(Boolean).join(" ")
            }
          />
          <RoleSelect />
          <DateViField source="created_at" />
        </Datagrid>
      </List>
      <PendingInvites invites={invites.data} error={invites.error} onChanged={invites.reload} />
    </>
  )
}
