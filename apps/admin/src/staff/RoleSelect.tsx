import { MenuItem, TextField } from "@mui/material"
import { useState } from "react"
import {
  Confirm,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin"
import { ROLES } from "../auth/roles"
import type { OcopDataProvider } from "../providers/data-provider"

const NONE = "none"

/**
 * The role of a staff account, changed in place after a confirmation: a role is what someone may
 * see and change, so a slip of the mouse must not give or take it. The backend checks that the
 * caller is an administrator.
 */
export function RoleSelect() {
  const record = useRecordContext<{ id: string; email?: string; role: string | null }>()
  const translate = useTranslate()
  const notify = useNotify()
  const refresh = useRefresh()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const { identity } = useGetIdentity()
  const [saving, setSaving] = useState(false)
  const [chosen, setChosen] = useState<string | null>(null)
  if (!record) return null
  // The backend refuses it too; disabling says so before anyone tries.
  const isSelf = identity?.id === record.id
  const roleName = (value: string) => translate(value === NONE ? "ocop.staff.role_none" : `ocop.role.${value}`)
  const change = async (value: string) => {
    setSaving(true)
    try {
      await dataProvider.setStaffRole(record.id, value === NONE ? null : value)
      notify("ocop.staff.role_saved", { type: "success" })
      refresh()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setSaving(false)
      setChosen(null)
    }
  }
  return (
    <>
      <TextField
        select
        size="small"
        value={record.role ?? NONE}
        disabled={saving || isSelf}
        helperText={isSelf ? translate("ocop.staff.own_role") : undefined}
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => setChosen(event.target.value)}
        slotProps={{ htmlInput: { "aria-label": `${translate("resources.staff.fields.role")} ${record.id}` } }}
        sx={{ minWidth: 260 }}
      >
        {ROLES.map((role) => (
          <MenuItem key={role} value={role}>
            {translate(`ocop.role.${role}`)}
          </MenuItem>
        ))}
        <MenuItem value={NONE}>{translate("ocop.staff.role_none")}</MenuItem>
      </TextField>
      <Confirm
        isOpen={chosen !== null}
        loading={saving}
        title="ocop.staff_accounts.role_title"
        content={chosen === NONE ? "ocop.staff_accounts.role_none_help" : "ocop.staff_accounts.role_help"}
        translateOptions={{ email: record.email ?? record.id, role: chosen ? roleName(chosen) : "" }}
        onConfirm={() => chosen && void change(chosen)}
        onClose={() => setChosen(null)}
      />
    </>
  )
}
