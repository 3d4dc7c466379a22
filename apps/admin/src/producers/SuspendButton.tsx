import BlockIcon from "@mui/icons-material/Block"
import PlayArrowIcon from "@mui/icons-material/PlayArrow"
import { useState } from "react"
import { Button, Confirm, useNotify, useRecordContext, useResourceContext, useUpdate } from "react-admin"

/**
 * Suspends or reactivates a producer after a confirmation. Suspending takes its products off the
 * marketplace, so it is confirmed first; the update is undoable for a few seconds as well.
 */
export function SuspendButton() {
  const record = useRecordContext<{ id: string; status?: string; name?: string }>()
  const resource = useResourceContext()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const [update, { isPending }] = useUpdate()
  if (!record) return null
  const suspending = record.status !== "suspended"
  const nextStatus = suspending ? "suspended" : "active"

  const confirm = () => {
    setOpen(false)
    // Undoable: the outcome arrives in onSuccess / onError, not in the promise.
    void update(
      resource,
      { id: record.id, data: { status: nextStatus }, previousData: record },
      {
        mutationMode: "undoable",
        onSuccess: () => notify("ra.notification.updated", { messageArgs: { smart_count: 1 }, undoable: true }),
        onError: (error: unknown) =>
          notify((error as Error)?.message || "ra.notification.http_error", { type: "error" }),
      },
    )
  }

  const label = suspending ? "ocop.producers.suspend" : "ocop.producers.reactivate"
  return (
    <>
      <Button
        label={label}
        onClick={() => setOpen(true)}
        disabled={isPending}
        color={suspending ? "warning" : "primary"}
      >
        {suspending ? <BlockIcon /> : <PlayArrowIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={suspending ? "ocop.producers.suspend_title" : "ocop.producers.reactivate_title"}
        translateOptions={{ name: record.name ?? "" }}
        content={suspending ? "ocop.producers.suspended_help" : "ocop.producers.reactivate_help"}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
