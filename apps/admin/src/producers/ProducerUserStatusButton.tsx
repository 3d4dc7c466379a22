import LockIcon from "@mui/icons-material/Lock"
import LockOpenIcon from "@mui/icons-material/LockOpen"
import type { ProducerUser } from "@ocop/domain"
import { useState } from "react"
import { Button, Confirm, useDataProvider, useNotify } from "react-admin"
import type { OcopDataProvider } from "../providers/data-provider"

/** Locks or unlocks a producer's user after a confirmation: locking signs them out at once. */
export function ProducerUserStatusButton({ user, onChanged }: { user: ProducerUser; onChanged: () => void }) {
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)
  const locking = user.status !== "disabled"
  const key = (name: string) => `ocop.producer_page.users.${name}`

  const confirm = async () => {
    setPending(true)
    try {
      await dataProvider.setProducerUserEnabled(user.id, !locking)
      notify(key(locking ? "disabled_done" : "enabled_done"), { type: "success" })
      onChanged()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setPending(false)
      setOpen(false)
    }
  }

  return (
    <>
      <Button
        label={key(locking ? "disable" : "enable")}
        color={locking ? "warning" : "primary"}
        onClick={() => setOpen(true)}
        disabled={pending}
      >
        {locking ? <LockIcon /> : <LockOpenIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={key(locking ? "disable_title" : "enable_title")}
        content={key(locking ? "disable_help" : "enable_help")}
        translateOptions={{ email: user.email }}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
