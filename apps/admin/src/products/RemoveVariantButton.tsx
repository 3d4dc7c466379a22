import DeleteIcon from "@mui/icons-material/RemoveCircleOutlineOutlined"
import { IconButton, Tooltip } from "@mui/material"
import { useState } from "react"
import { Confirm, useRecordContext, useSimpleFormIteratorItem, useTranslate } from "react-admin"

/**
 * Removes a variant row. A saved variant (with stock, perhaps in orders) is only removed after a
 * confirmation; a row added in this form goes at once. Nothing is deleted until the form is saved.
 */
export function RemoveVariantButton() {
  const translate = useTranslate()
  const { remove } = useSimpleFormIteratorItem()
  const row = useRecordContext<{ id?: string; title?: string }>()
  const [open, setOpen] = useState(false)
  const label = translate("ocop.products.remove_variant")
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          aria-label={label}
          size="small"
          color="warning"
          onClick={() => (row?.id ? setOpen(true) : remove())}
        >
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        title={translate("ocop.products.remove_variant_title", { title: row?.title ?? "" })}
        content="ocop.products.remove_variant_help"
        onConfirm={() => {
          setOpen(false)
          remove()
        }}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
