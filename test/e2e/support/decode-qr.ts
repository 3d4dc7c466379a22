/**
 * Reads a QR code the way a phone would: from the pixels on screen, not from the page's markup.
 */
import jsQR from "jsqr"
import { PNG } from "pngjs"

/** Decodes the QR code in a PNG image (e.g. a Playwright element screenshot); null when none is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength)
  // "dontInvert": a bank's app reads dark modules on a light ground; an inverted code would not count.
  const code = jsQR(pixels, image.width, image.height, { inversionAttempts: "dontInvert" })
  return code ? code.data : null
}
