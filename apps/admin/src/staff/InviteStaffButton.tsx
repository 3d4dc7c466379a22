import PersonAddIcon from "@mui/icons-material/PersonAdd"
import { staffInviteSchema, type StaffRole } from "@ocop/domain"
import { useState } from "react"
import { Button, SelectInput, TextInput, useDataProvider, useTranslate } from "react-admin"
import { ROLES } from "../auth/roles"
import { InviteDialog } from "../common/InviteDialog"
import type { OcopDataProvider } from "../providers/data-provider"

/** Invites a person by email with the role they will have (decision 011); `onInvited` refreshes the pending list. */
export function InviteStaffButton({ onInvited }: { onInvited: () => void }) {
  const dataProvider = useDataProvider<OcopDataProvider>()
  const translate = useTranslate()
  const [open, setOpen] = useState(false)
  const roles = ROLES.map((role) => ({ id: role, name: translate(`ocop.role.${role}`) }))
  return (
    <>
      <Button label="ocop.staff_accounts.invite" onClick={() => setOpen(true)}>
        <PersonAddIcon />
      </Button>
      <InviteDialog
        open={open}
        title="ocop.staff_accounts.invite_title"
        help="ocop.staff_accounts.invite_help"
        schema={staffInviteSchema}
        submitLabel="ocop.staff_accounts.send"
        onSubmit={async (values) => {
          const { data, inviteUrl } = await dataProvider.inviteStaff({
            email: String(values.email ?? ""),
            role: values.role as StaffRole,
          })
          onInvited()
          return { inviteUrl, doneMessage: "ocop.staff_accounts.invited_done", doneOptions: { email: data.email } }
        }}
        onClose={() => setOpen(false)}
      >
        <TextInput source="email" type="email" label="ocop.staff_accounts.fields.email" fullWidth autoFocus />
        <SelectInput source="role" label="ocop.staff_accounts.fields.role" choices={roles} fullWidth />
      </InviteDialog>
    </>
  )
}
