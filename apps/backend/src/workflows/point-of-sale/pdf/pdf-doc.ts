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

const VND = new Intl.NumberFormat("vi-VN")

/** "150.000 ₫" for the PDFs (whole đồng). */
export const vnd = (n: number) => `${VND.format(n)} ₫`

/** dd/mm/yyyy hh:mm in Vietnam time. */
export function vnDateTime(value: Date | string): string {
  const d = new Date(new Date(value).getTime() + 7 * 3_600_000)
  const p = (n: number) => String(n).padStart(2, "0")
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}
