import DeleteIcon from "@mui/icons-material/Delete"
import SendIcon from "@mui/icons-material/Send"
import {
  Alert,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material"
import { useState } from "react"
import { Button, Confirm, useDataProvider, useNotify, useTranslate } from "react-admin"
import { CopyableLink } from "../common/CopyableLink"
import { formatDateSafe } from "../common/DateViField"
import type { OcopDataProvider } from "../providers/data-provider"
import type { StaffInvite } from "../providers/staff-invites"

interface PendingInvitesProps {
  invites: StaffInvite[] | null
  error: Error | null
  onChanged: () => void
}

/** Invites not yet accepted: resend (a new link, a new validity) or withdraw after a confirmation. */
export function PendingInvites({ invites, error, onChanged }: PendingInvitesProps) {
  const translate = useTranslate()
  const notify = useNotify()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const [withdrawing, setWithdrawing] = useState<StaffInvite | null>(null)
  const [busy, setBusy] = useState(false)
  const [resentUrl, setResentUrl] = useState<string | null>(null)
  const t = (key: string) => translate(`ocop.staff_accounts.${key}`)

  const act = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
      onChanged()
    } catch (e) {
      notify((e as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setBusy(false)
    }
  }
  const resend = (invite: StaffInvite) =>
    act(async () => {
      const { inviteUrl } = await dataProvider.resendStaffInvite(invite.id)
      setResentUrl(inviteUrl)
      notify("ocop.staff_accounts.resent_done", { type: "success", messageArgs: { email: invite.email } })
    })
  const withdraw = (invite: StaffInvite) =>
    act(async () => {
      await dataProvider.deleteStaffInvite(invite.id)
      setWithdrawing(null)
      notify("ocop.staff_accounts.deleted_done", { type: "success" })
    })

  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-labelledby="pending-invites-title">
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="h6" component="h2" id="pending-invites-title">
            {t("pending_title")}
          </Typography>
          {error ? <Alert severity="error">{t("pending_error")}</Alert> : null}
          {invites && invites.length === 0 ? <Typography role="status">{t("pending_empty")}</Typography> : null}
          {invites && invites.length > 0 ? (
            <Table size="small" aria-labelledby="pending-invites-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t("fields.email")}</TableCell>
                  <TableCell>{t("fields.role")}</TableCell>
                  <TableCell>{t("fields.expires_at")}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {invites.map((invite) => (
                  <TableRow key={invite.id}>
                    <TableCell>{invite.email}</TableCell>
                    <TableCell>
                      {invite.role ? translate(`ocop.role.${invite.role}`) : translate("ocop.staff.role_none")}
                    </TableCell>
                    <TableCell>
                      {invite.expired ? <Chip size="small" label={t("expired")} /> : formatDateSafe(invite.expires_at)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                      <Button label="ocop.staff_accounts.resend" disabled={busy} onClick={() => void resend(invite)}>
                        <SendIcon />
                      </Button>
                      <Button
                        label="ocop.staff_accounts.delete"
                        color="error"
                        disabled={busy}
                        onClick={() => setWithdrawing(invite)}
                      >
                        <DeleteIcon />
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          {resentUrl ? <CopyableLink url={resentUrl} /> : null}
        </Stack>
      </CardContent>
      <Confirm
        isOpen={withdrawing !== null}
        loading={busy}
        title="ocop.staff_accounts.delete_title"
        content="ocop.staff_accounts.delete_help"
        translateOptions={{ email: withdrawing?.email ?? "" }}
        onConfirm={() => withdrawing && void withdraw(withdrawing)}
        onClose={() => setWithdrawing(null)}
      />
    </Card>
  )
}
