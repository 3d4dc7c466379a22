import { PRODUCT_IMAGE_MAX_BYTES, PRODUCT_IMAGE_TYPES } from "@ocop/domain"
import { HttpError, type Identifier } from "react-admin"
import { uploadFiles, type HttpClient, type HttpClientOptions } from "./http-client"

/** A product's pictures as Medusa keeps them: each image by URL, and which one is the thumbnail. */
export interface ProductImages {
  images: { id?: string; url: string }[]
  thumbnail: string | null
}

/**
 * Why a file cannot be a product image, as a translation key, or null when it can: only photos
 * (JPEG, PNG, WebP, GIF; SVG can carry scripts) of at most 5 MB, the limit the backend enforces too.
 */
export function imageProblem(file: File): string | null {
  if (!(PRODUCT_IMAGE_TYPES as readonly string[]).includes(file.type)) return "ocop.product_media.not_image"
  if (file.size > PRODUCT_IMAGE_MAX_BYTES) return "ocop.product_media.too_large"
  return null
}

/** Uploads one file through Medusa's file module (POST /admin/uploads, multipart); returns its public URL. */
export async function uploadFile(options: HttpClientOptions, file: File): Promise<string> {
  const [url] = await uploadFiles(options, "/admin/uploads", [file])
  if (!url) throw new HttpError("ra.notification.http_error", 200)
  return url
}

/** Replaces the product's images and thumbnail; returns them as saved. */
export async function saveImages(
  request: HttpClient,
  productId: Identifier,
  next: ProductImages,
): Promise<ProductImages> {
  const { product } = await request<{ product: ProductImages }>(
    `/admin/products/${encodeURIComponent(String(productId))}`,
    {
      method: "POST",
      query: { fields: "id,thumbnail,*images" },
      body: {
        images: next.images.map((i) => (i.id ? { id: i.id, url: i.url } : { url: i.url })),
        thumbnail: next.thumbnail,
      },
    },
  )
  return { images: product.images ?? [], thumbnail: product.thumbnail ?? null }
}

/** The images after adding one: the first picture of a product also becomes its thumbnail. */
export function withImage(current: ProductImages, url: string): ProductImages {
  return { images: [...current.images, { url }], thumbnail: current.thumbnail ?? url }
}

/** The images after removing one: a removed thumbnail is replaced by the first picture left, if any. */
export function withoutImage(current: ProductImages, url: string): ProductImages {
  const images = current.images.filter((i) => i.url !== url)
  return { images, thumbnail: current.thumbnail === url ? (images[0]?.url ?? null) : current.thumbnail }
}
