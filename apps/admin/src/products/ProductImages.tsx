import { Box, Button as MuiButton, Card, CardActions, CardMedia, Chip, Typography } from "@mui/material"
import { PRODUCT_IMAGE_TYPES } from "@ocop/domain"
import { useEffect, useState } from "react"
import { Confirm, useDataProvider, useNotify, useCanAccess, useRecordContext, useTranslate } from "react-admin"
import { FileButton } from "../common/FileButton"
import type { OcopDataProvider } from "../providers/data-provider"
import { imageProblem, type ProductImages as Images } from "../providers/product-media"

type ProductRecord = { id: string; images?: { id?: string; url: string }[] | null; thumbnail?: string | null }

const imagesOf = (record: ProductRecord | undefined): Images => ({
  images: record?.images ?? [],
  thumbnail: record?.thumbnail ?? null,
})

/**
 * The product's pictures: upload (through Medusa's file module; photos only, 5 MB at most, checked
 * here and by the backend), choose the thumbnail the shop shows on the card, remove a picture after
 * a confirmation. Each action saves at once; staff who may only read see the pictures.
 */
export function ProductImages() {
  const record = useRecordContext<ProductRecord>()
  const translate = useTranslate()
  const notify = useNotify()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const { canAccess: writable = false } = useCanAccess({ resource: "products", action: "edit" })
  const [current, setCurrent] = useState<Images>(imagesOf(record))
  const [busy, setBusy] = useState(false)
  const [removing, setRemoving] = useState<string | null>(null)
  useEffect(() => setCurrent(imagesOf(record)), [record])
  if (!record) return null

  const act = async (action: () => Promise<{ data: Images }>, done: string) => {
    setBusy(true)
    try {
      setCurrent((await action()).data)
      notify(done, { type: "success" })
    } catch (error) {
      notify((error as Error).message || "ra.notification.http_error", { type: "error" })
    } finally {
      setBusy(false)
    }
  }
  const upload = (file: File | undefined) => {
    if (!file) return
    const problem = imageProblem(file)
    if (problem) return notify(problem, { type: "error" })
    void act(() => dataProvider.addProductImage(record.id, current, file), "ocop.product_media.uploaded")
  }

  return (
    <Box component="section" aria-labelledby="product-images-title" sx={{ p: 2 }}>
      <Typography id="product-images-title" variant="h6" component="h2">
        {translate("ocop.product_media.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("ocop.product_media.help")}
      </Typography>
      {current.images.length === 0 ? (
        <Typography sx={{ mb: 2 }}>{translate("ocop.product_media.empty")}</Typography>
      ) : null}
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, mb: 2 }}>
        {current.images.map((image, index) => {
          const isThumbnail = image.url === current.thumbnail
          return (
            <Card key={image.id ?? image.url} variant="outlined" sx={{ width: 180 }}>
              <CardMedia
                component="img"
                image={image.url}
                alt={translate("ocop.product_media.image_alt", { n: index + 1 })}
                sx={{ height: 140, objectFit: "contain", bgcolor: "grey.100" }}
              />
              <CardActions sx={{ flexWrap: "wrap", gap: 0.5 }}>
                {isThumbnail ? (
                  <Chip size="small" color="primary" label={translate("ocop.product_media.thumbnail")} />
                ) : null}
                {writable && !isThumbnail ? (
                  <MuiButton
                    size="small"
                    disabled={busy}
                    onClick={() =>
                      void act(
                        () => dataProvider.setProductThumbnail(record.id, current, image.url),
                        "ocop.product_media.thumbnail_set",
                      )
                    }
                  >
                    {translate("ocop.product_media.make_thumbnail")}
                  </MuiButton>
                ) : null}
                {writable ? (
                  <MuiButton size="small" color="warning" disabled={busy} onClick={() => setRemoving(image.url)}>
                    {translate("ocop.product_media.remove")}
                  </MuiButton>
                ) : null}
              </CardActions>
            </Card>
          )
        })}
      </Box>
      {writable ? (
        <FileButton
          label="ocop.product_media.file"
          accept={PRODUCT_IMAGE_TYPES.join(",")}
          disabled={busy}
          onFile={upload}
        />
      ) : null}
      <Confirm
        isOpen={removing !== null}
        loading={busy}
        title="ocop.product_media.remove_title"
        content="ocop.product_media.remove_help"
        onConfirm={() => {
          const url = removing!
          setRemoving(null)
          void act(() => dataProvider.removeProductImage(record.id, current, url), "ocop.product_media.removed")
        }}
        onClose={() => setRemoving(null)}
      />
    </Box>
  )
}
