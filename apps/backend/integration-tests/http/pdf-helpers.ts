/**
 * Reads a PDF the way a person would: the text a reader extracts (poppler's pdftotext) and the QR
 * codes a phone would scan from the printed page (poppler's pdftoppm, then jsQR on the pixels).
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import jsQR from "jsqr"
import { PNG } from "pngjs"

/** A rendered page: RGBA pixels. */
export type PageImage = { width: number; height: number; data: Buffer }

/** The PDF's text, one string per page. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const pages = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, maxBuffer: 64 << 20 })
    .toString("utf8")
    .split("\f")
  // pdftotext ends every page with a form feed, so the last piece is empty.
  return pages.slice(0, -1)
}

/** The number of pages, as poppler counts them. */
export function pdfPageCount(pdf: Buffer): number {
  const info = execFileSync("pdfinfo", ["-"], { input: pdf }).toString("utf8")
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

/** Renders every page at `dpi` to PNG images, in page order. */
export function renderPages(pdf: Buffer, dpi: number): PageImage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-pdf-"))
  try {
    fs.writeFileSync(path.join(dir, "in.pdf"), pdf)
    execFileSync("pdftoppm", ["-r", String(dpi), "-png", path.join(dir, "in.pdf"), path.join(dir, "page")])
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
      .map((f) => PNG.sync.read(fs.readFileSync(path.join(dir, f))))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Decodes the QR code inside a square of the page (points, top-left origin), with a margin around it. */
export function decodeQrAt(page: PageImage, dpi: number, box: { x: number; y: number; size: number }): string | null {
  const k = dpi / 72
  const pad = 8
  const x0 = Math.max(0, Math.floor((box.x - pad) * k))
  const y0 = Math.max(0, Math.floor((box.y - pad) * k))
  const w = Math.min(page.width - x0, Math.ceil((box.size + 2 * pad) * k))
  const h = Math.min(page.height - y0, Math.ceil((box.size + 2 * pad) * k))
  const pixels = new Uint8ClampedArray(w * h * 4)
  for (let row = 0; row < h; row++) {
    const from = ((y0 + row) * page.width + x0) * 4
    pixels.set(page.data.subarray(from, from + w * 4), row * w * 4)
  }
  return jsQR(pixels, w, h, { inversionAttempts: "dontInvert" })?.data ?? null
}
