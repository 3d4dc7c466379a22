import { MAX_PRODUCT_IMAGES, PRODUCT_IMAGE_MAX_BYTES, PRODUCT_IMAGE_TYPES } from "@ocop/domain"

/**
 * What the picture inputs accept: the server's own rules (`POST /producer/uploads`), so a file it
 * would refuse is refused before the upload.
 */
export const IMAGE_ACCEPT: Record<string, string[]> = Object.fromEntries(PRODUCT_IMAGE_TYPES.map((type) => [type, []]))
export const IMAGE_MAX_BYTES = PRODUCT_IMAGE_MAX_BYTES
export const MAX_IMAGES = MAX_PRODUCT_IMAGES
