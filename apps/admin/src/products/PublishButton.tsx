import PublicIcon from "@mui/icons-material/Public"
import PublicOffIcon from "@mui/icons-material/PublicOff"
import { useState } from "react"
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useCanAccess,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin"
import type { OcopDataProvider } from "../providers/data-provider"

/** Publishes or unpublishes a product, after a confirmation: it appears on or leaves the storefront. */
export function PublishButton() {
  const record = useRecordContext<{ id: string; title?: string; status?: string; published?: boolean }>()
  const { canAccess } = useCanAccess({ resource: "products", action: "edit" })
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()
  const [open, setOpen] = useState(false)
  const [saving, setSaving] = useState(false)
  if (!record || !canAccess) return null
  const published = record.status ? record.status === "published" : record.published === true
  const next = published ? "draft" : "published"
  const confirm = async () => {
    setSaving(true)
    try {
      await dataProvider.setProductStatus(record.id, next)
      notify(`ocop.products.${next === "published" ? "published_done" : "unpublished_done"}`, { type: "success" })
      refresh()
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setSaving(false)
      setOpen(false)
    }
  }
  return (
    <>
      <Button
        label={published ? "ocop.products.unpublish" : "ocop.products.publish"}
        onClick={(event) => {
          event.stopPropagation()
          setOpen(true)
        }}
        disabled={saving}
      >
        {published ? <PublicOffIcon /> : <PublicIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={saving}
        title={translate(published ? "ocop.products.unpublish_title" : "ocop.products.publish_title", {
          title: record.title ?? "",
        })}
        content={published ? "ocop.products.unpublish_help" : "ocop.products.publish_help"}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
