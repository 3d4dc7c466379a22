import PDFDocument from "pdfkit"

const FONT_DIR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf").replace(/DejaVuSans\.ttf$/, "")

/**
 * A PDF document with a font that has every Vietnamese letter (DejaVu Sans, shipped as an npm
 * package so no machine needs fonts installed); resolves with the finished bytes.
 */
export function pdfDocument(
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  const doc = new PDFDocument({ ...options, info: { Producer: "OCOP Lào Cai", ...(options.info ?? {}) } })
  doc.registerFont("regular", `${FONT_DIR}DejaVuSans.ttf`)
  doc.registerFont("bold", `${FONT_DIR}DejaVuSans-Bold.ttf`)
  doc.font("regular")
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    Promise.resolve(draw(doc))
      .then(() => doc.end())
      .catch(reject)
  })
}

/**
 * A table row writer for `doc`, whose left margin is `left`: each cell in its column's width (the
 * first left-aligned, the others right-aligned, as figures are), the row as tall as its tallest cell.
 */
export function tableRows(doc: PDFKit.PDFDocument, left: number) {
  return (cells: string[], widths: number[], bold = false) => {
    doc.font(bold ? "bold" : "regular")
    const top = doc.y
    let x = left
    let bottom = top
    cells.forEach((c, i) => {
      doc.text(c, x, top, { width: widths[i]! - 6, align: i === 0 ? "left" : "right" })
      bottom = Math.max(bottom, doc.y)
      x += widths[i]!
    })
    doc.x = left
    doc.y = bottom + 3
  }
}

const VND = new Intl.NumberFormat("vi-VN")

/** "150.000 ₫" for the PDFs (whole đồng). */
export const vnd = (n: number) => `${VND.format(n)} ₫`

/** dd/mm/yyyy hh:mm in Vietnam time. */
export function vnDateTime(value: Date | string): string {
  const d = new Date(new Date(value).getTime() + 7 * 3_600_000)
  const p = (n: number) => String(n).padStart(2, "0")
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}
