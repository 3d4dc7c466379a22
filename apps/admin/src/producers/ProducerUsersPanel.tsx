import PersonAddIcon from "@mui/icons-material/PersonAdd"
import {
  Alert,
  Chip,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from "@mui/material"
import { producerUserInviteSchema, type ProducerUser } from "@ocop/domain"
import { useState } from "react"
import { Button, TextInput, useDataProvider, useCanAccess, useRecordContext, useTranslate } from "react-admin"
import { InviteDialog } from "../common/InviteDialog"
import { useLoaded } from "../common/use-loaded"
import type { OcopDataProvider } from "../providers/data-provider"
import { ProducerUserStatusButton } from "./ProducerUserStatusButton"

const STATUS_COLORS: Record<ProducerUser["status"], ChipProps["color"]> = {
  invited: "info",
  active: "success",
  disabled: "default",
}

const inviteFields = producerUserInviteSchema.pick({ email: true, name: true })

/**
 * The producer's own users (issue 7): who may sign in for it, invite another person, lock or
 * unlock an account. Reading is for every role that reads the register; changes for those that keep it.
 */
export function ProducerUsersPanel() {
  const record = useRecordContext<{ id: string; name?: string }>()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const translate = useTranslate()
  const { canAccess: writable = false } = useCanAccess({ resource: "producers", action: "edit" })
  const [inviting, setInviting] = useState(false)
  const id = record?.id
  const {
    data: users,
    isPending,
    error,
    reload,
  } = useLoaded(id ? () => dataProvider.getProducerUsers(id).then((r) => r.data) : null, [dataProvider, id])
  const t = (key: string) => translate(`ocop.producer_page.users.${key}`)
  if (!record) return null

  return (
    <Stack spacing={2} sx={{ width: "100%" }}>
      <Typography variant="body2" color="text.secondary">
        {t("help")}
      </Typography>
      {writable ? (
        <div>
          <Button label="ocop.producer_page.users.invite" variant="outlined" onClick={() => setInviting(true)}>
            <PersonAddIcon />
          </Button>
        </div>
      ) : null}
      {error ? <Alert severity="error">{t("error")}</Alert> : null}
      {isPending && !users ? (
        <Skeleton variant="rectangular" height={80} aria-label={translate("ra.page.loading")} />
      ) : null}
      {users && users.length === 0 ? <Typography role="status">{t("empty")}</Typography> : null}
      {users && users.length > 0 ? (
        <Table size="small" aria-label={t("title")}>
          <TableHead>
            <TableRow>
              <TableCell>{t("fields.name")}</TableCell>
              <TableCell>{t("fields.email")}</TableCell>
              <TableCell>{t("fields.status")}</TableCell>
              {writable ? <TableCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell>{user.name}</TableCell>
                <TableCell>{user.email}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={STATUS_COLORS[user.status] ?? "default"}
                    label={t(`status.${user.status}`)}
                  />
                </TableCell>
                {writable ? (
                  <TableCell align="right">
                    <ProducerUserStatusButton user={user} onChanged={reload} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <InviteDialog
        open={inviting}
        title="ocop.producer_page.users.invite_title"
        titleOptions={{ name: record.name ?? "" }}
        help="ocop.producer_page.users.invite_help"
        schema={inviteFields}
        submitLabel="ocop.producer_page.users.send"
        onSubmit={async (values) => {
          const input = { producer_id: record.id, email: String(values.email ?? ""), name: String(values.name ?? "") }
          const { data, inviteUrl } = await dataProvider.inviteProducerUser(input)
          reload()
          return { inviteUrl, doneMessage: "ocop.producer_page.users.invited_done", doneOptions: { email: data.email } }
        }}
        onClose={() => setInviting(false)}
      >
        <TextInput source="name" label="ocop.producer_page.users.fields.name" fullWidth autoFocus />
        <TextInput source="email" type="email" label="ocop.producer_page.users.fields.email" fullWidth />
      </InviteDialog>
    </Stack>
  )
}
