import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { loadBackendEnv } from "../../../config/env"
import { filesBaseUrl } from "../../../config/modules"
import { isSvg } from "./svg-drawing"

/** A picture the PDF can draw: JPEG or PNG as PDFKit embeds them, SVG through `drawSvg`. */
export type Picture = { kind: "raster"; bytes: Buffer } | { kind: "svg"; text: string }

const MAX_BYTES = 8 * 1024 * 1024

/** What the first bytes say the picture is; WebP and GIF, which PDFKit cannot embed, are null. */
export function pictureOf(bytes: Buffer): Picture | null {
  if (bytes.length > MAX_BYTES) return null
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  if (jpeg || png) return { kind: "raster", bytes }
  if (isSvg(bytes)) return { kind: "svg", text: bytes.toString("utf8") }
  return null
}

/**
 * Loads product pictures by URL. A picture we stored is read through the file module by its key
 * (local disk or the bucket), not over HTTP; any other URL is fetched with a short timeout. A
 * picture that cannot be read or drawn is null and the page shows a frame instead: one broken link
 * must not stop the catalogue.
 */
export async function loadPictures(container: MedusaContainer, urls: string[]): Promise<Map<string, Picture | null>> {
  const files = container.resolve(Modules.FILE)
  const base = `${filesBaseUrl(loadBackendEnv(process.env))}/`
  const out = new Map<string, Picture | null>()
  for (const url of new Set(urls)) {
    try {
      let bytes: Buffer
      if (url.startsWith(base)) {
        bytes = await files.getAsBuffer(decodeURIComponent(url.slice(base.length)))
      } else if (/^https?:\/\//.test(url)) {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
        bytes = res.ok ? Buffer.from(await res.arrayBuffer()) : Buffer.alloc(0)
      } else {
        bytes = Buffer.alloc(0)
      }
      out.set(url, pictureOf(bytes))
    } catch {
      out.set(url, null)
    }
  }
  return out
}
