import { foldVietnamese } from "@ocop/domain"

/** Image types by their first bytes, with the extension the stored file gets. */
const SIGNATURES: { type: string; extension: string; matches: (b: Buffer) => boolean }[] = [
  {
    type: "image/jpeg",
    extension: "jpg",
    matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    type: "image/png",
    extension: "png",
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: "image/gif",
    extension: "gif",
    matches: (b) => ["GIF87a", "GIF89a"].includes(b.subarray(0, 6).toString("latin1")),
  },
  {
    type: "image/webp",
    extension: "webp",
    matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
]

/**
 * The image type a file really has, judged by its content, not by the name or type the browser
 * sent: the stored file is served with the type its extension implies, so an HTML page renamed
 * photo.png must not get through.
 */
export function sniffImage(content: Buffer): { type: string; extension: string } | undefined {
  const found = SIGNATURES.find((s) => s.matches(content))
  return found ? { type: found.type, extension: found.extension } : undefined
}

/** "Ảnh sản phẩm 1.PNG" → "anh-san-pham-1.png": no folders, no dots, a safe name for the file store. */
export function storedFileName(originalName: string, extension: string): string {
  const base = foldVietnamese(originalName.replace(/\.[^.]*$/, ""))
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "")
  return `${base || "anh"}.${extension}`
}
