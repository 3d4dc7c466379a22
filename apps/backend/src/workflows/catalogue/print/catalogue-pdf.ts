import { districtName, PRODUCT_GROUP_CODES, productGroupName, type ProductGroupCode } from "@ocop/domain"
import QRCode from "qrcode"
import { pdfDocument } from "../../point-of-sale/pdf/pdf-doc"
import type { Picture } from "./pictures"
import type { PrintedProduct } from "./printed-products"
import { drawSvg } from "./svg-drawing"

export type CatalogueLanguage = "vi" | "en"
export const CATALOGUE_LANGUAGES = ["vi", "en"] as const satisfies readonly CatalogueLanguage[]

/**
 * A4 in points; every product page has a group band and four product slots below it, each with
 * its QR code at a fixed place, so the test (and a print shop) can find every code.
 */
export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const
const BAND = { top: 36, height: 46 }
const SLOTS_TOP = 96
const FOOTER_TOP = PAGE.height - 34
export const SLOTS_PER_PAGE = 4
const SLOT_HEIGHT = (FOOTER_TOP - 8 - SLOTS_TOP) / SLOTS_PER_PAGE
const PICTURE = 132
export const QR_SIZE = 92

/** Where slot `i` of a product page is, and the square its QR code fills (points, top-left origin). */
export function slotBox(i: number) {
  const y = SLOTS_TOP + i * SLOT_HEIGHT
  const w = PAGE.width - 2 * PAGE.margin
  return {
    x: PAGE.margin,
    y,
    w,
    h: SLOT_HEIGHT - 10,
    qr: { x: PAGE.margin + w - QR_SIZE - 12, y: y + 14, size: QR_SIZE },
  }
}

const COLOURS = { ink: "#1f2a24", muted: "#5b6660", green: "#1b6b3a", gold: "#d4a017", line: "#d9d3c3" }
const GROUP_COLOURS: Record<ProductGroupCode, string> = {
  food: "#1b6b3a",
  beverage: "#7a4a12",
  herbal: "#4f6b1b",
  textile: "#7a1f3d",
  souvenir: "#355c7d",
  tourism: "#0f6e6e",
}

const TEXT = {
  vi: {
    title: "SẢN PHẨM OCOP\nTỈNH LÀO CAI",
    subtitle: "Danh mục sản phẩm đạt chứng nhận OCOP (Mỗi xã một sản phẩm)",
    updated: "Cập nhật ngày",
    products: (n: number) => `${n} sản phẩm đạt chứng nhận`,
    stars: (s: number, n: number) => `${s} sao: ${n} sản phẩm`,
    contents: "Mục lục",
    page: "Trang",
    producer: "Chủ thể",
    origin: "Xuất xứ",
    certificate: "Giấy chứng nhận số",
    validUntil: "hiệu lực đến",
    scan: "Quét mã để kiểm tra chứng nhận",
    none: "Chưa có sản phẩm nào đang có chứng nhận OCOP còn hiệu lực.",
    note: "Mỗi sản phẩm có mã QR dẫn tới trang kiểm tra giấy chứng nhận OCOP trên website.",
  },
  en: {
    title: "OCOP PRODUCTS\nOF LÀO CAI PROVINCE",
    subtitle: "Catalogue of certified OCOP products (One Commune One Product)",
    updated: "Updated on",
    products: (n: number) => `${n} certified products`,
    stars: (s: number, n: number) => `${s} stars: ${n} products`,
    contents: "Contents",
    page: "Page",
    producer: "Producer",
    origin: "Origin",
    certificate: "Certificate no.",
    validUntil: "valid until",
    scan: "Scan to verify the certificate",
    none: "No product holds an OCOP certificate in force today.",
    note: "Each product's QR code opens its OCOP certificate check on the website.",
  },
} as const

export type CatalogueInput = {
  language: CatalogueLanguage
  products: PrintedProduct[]
  pictures: Map<string, Picture | null>
  /** The storefront's certificate check page for a certificate number. */
  verify_url: (certificateNumber: string) => string
  generated_at: Date
}

/** dd/mm/yyyy of a Vietnam calendar day (dates are stored as UTC midnight or Vietnam midnight). */
function vnDay(value: Date): string {
  const d = new Date(value.getTime() + 7 * 3_600_000)
  const p = (n: number) => String(n).padStart(2, "0")
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
}

/** The groups that have products, in domain order, each with its products and first page. */
export function catalogueSections(products: PrintedProduct[]) {
  let page = 2 // the cover is page 1
  return PRODUCT_GROUP_CODES.map((group) => ({ group, products: products.filter((p) => p.product_group === group) }))
    .filter((s) => s.products.length > 0)
    .map((s) => {
      const first = page
      page += Math.ceil(s.products.length / SLOTS_PER_PAGE)
      return { ...s, first_page: first }
    })
}

function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number) {
  const points: number[][] = []
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)])
  }
  doc.polygon(...points)
}

/** The OCOP star badge: "OCOP" and as many gold stars as the certificate grants. */
function starBadge(doc: PDFKit.PDFDocument, x: number, y: number, stars: number) {
  const w = 44 + stars * 15
  doc.save().roundedRect(x, y, w, 22, 11).fill(COLOURS.green)
  doc
    .fillColor("#ffffff")
    .font("bold")
    .fontSize(9)
    .text("OCOP", x + 9, y + 6, { lineBreak: false })
  doc.fillColor(COLOURS.gold)
  for (let i = 0; i < stars; i++) {
    star(doc, x + 48 + i * 15, y + 11, 6.5)
    doc.fill(COLOURS.gold)
  }
  doc.restore()
}

function footer(doc: PDFKit.PDFDocument, t: (typeof TEXT)[CatalogueLanguage], page: number) {
  doc
    .moveTo(PAGE.margin, FOOTER_TOP)
    .lineTo(PAGE.width - PAGE.margin, FOOTER_TOP)
    .lineWidth(0.5)
    .stroke(COLOURS.line)
  doc.fillColor(COLOURS.muted).font("regular").fontSize(8)
  doc.text("OCOP Lào Cai", PAGE.margin, FOOTER_TOP + 8, { lineBreak: false })
  doc.text(`${t.page} ${page}`, PAGE.margin, FOOTER_TOP + 8, { width: PAGE.width - 2 * PAGE.margin, align: "right" })
}

function cover(doc: PDFKit.PDFDocument, input: CatalogueInput, sections: ReturnType<typeof catalogueSections>) {
  const t = TEXT[input.language]
  const w = PAGE.width - 2 * PAGE.margin
  doc.rect(0, 0, PAGE.width, 300).fill(COLOURS.green)
  doc.fillColor("#ffffff").font("bold").fontSize(34).text(t.title, PAGE.margin, 90, { width: w, lineGap: 4 })
  doc.font("regular").fontSize(13).text(t.subtitle, PAGE.margin, 200, { width: w })
  doc.fontSize(10).text(`${t.updated} ${vnDay(input.generated_at)}`, PAGE.margin, 250, { width: w })
  starBadge(doc, PAGE.margin, 330, 5)
  doc.fillColor(COLOURS.ink).font("bold").fontSize(16).text(t.products(input.products.length), PAGE.margin, 370)
  doc.font("regular").fontSize(11)
  for (const s of [5, 4, 3]) {
    const n = input.products.filter((p) => p.star_level === s).length
    if (n) doc.text(t.stars(s, n), { width: w })
  }
  doc.moveDown(1.5).font("bold").fontSize(14).text(t.contents, { width: w }).moveDown(0.4)
  doc.font("regular").fontSize(11)
  if (!sections.length) doc.text(t.none, { width: w })
  for (const s of sections) {
    const y = doc.y
    doc
      .fillColor(GROUP_COLOURS[s.group])
      .rect(PAGE.margin, y + 3, 8, 8)
      .fill()
    doc
      .fillColor(COLOURS.ink)
      .text(`${productGroupName(s.group, input.language)} (${s.products.length})`, PAGE.margin + 16, y, {
        width: w - 70,
      })
    const after = doc.y
    doc.text(String(s.first_page), PAGE.margin, y, { width: w, align: "right" })
    doc.y = Math.max(after, doc.y) + 4
  }
  doc
    .fillColor(COLOURS.muted)
    .fontSize(9)
    .text(t.note, PAGE.margin, FOOTER_TOP - 30, { width: w })
  footer(doc, t, 1)
}

function band(doc: PDFKit.PDFDocument, group: ProductGroupCode, language: CatalogueLanguage) {
  const w = PAGE.width - 2 * PAGE.margin
  doc.roundedRect(PAGE.margin, BAND.top, w, BAND.height, 6).fill(GROUP_COLOURS[group])
  // The group's whole name on one line (the tourism group's is long): the font shrinks to fit.
  const name = productGroupName(group, language)
  doc.font("bold")
  let size = 15
  while (size > 9 && doc.fontSize(size).widthOfString(name) > w - 28) size -= 0.5
  doc
    .fillColor("#ffffff")
    .fontSize(size)
    .text(name, PAGE.margin + 14, BAND.top + (BAND.height - size * 1.2) / 2, { width: w - 28, lineBreak: false })
}

function productSlot(doc: PDFKit.PDFDocument, input: CatalogueInput, p: PrintedProduct, qr: Buffer, i: number) {
  const t = TEXT[input.language]
  const box = slotBox(i)
  doc.roundedRect(box.x, box.y, box.w, box.h, 8).lineWidth(0.8).fillAndStroke("#ffffff", COLOURS.line)
  const pic = { x: box.x + 12, y: box.y + 12, w: PICTURE, h: PICTURE }
  const picture = p.picture_url ? input.pictures.get(p.picture_url) : null
  let drawn = false
  if (picture?.kind === "raster") {
    try {
      doc.image(picture.bytes, pic.x, pic.y, { fit: [pic.w, pic.h], align: "center", valign: "center" })
      drawn = true
    } catch {
      drawn = false
    }
  } else if (picture?.kind === "svg") {
    drawn = drawSvg(doc, picture.text, pic)
  }
  if (!drawn) {
    doc.roundedRect(pic.x, pic.y, pic.w, pic.h, 6).fill("#f3efe4")
    doc.fillColor(COLOURS.muted).font("regular").fontSize(9)
    doc.text(productGroupName(p.product_group, input.language), pic.x + 8, pic.y + pic.h / 2 - 12, {
      width: pic.w - 16,
      align: "center",
    })
  }
  const x = pic.x + PICTURE + 14
  const w = box.qr.x - x - 12
  starBadge(doc, x, box.y + 12, p.star_level)
  const english = input.language === "en" && p.title_en
  doc.fillColor(COLOURS.ink).font("bold").fontSize(13)
  doc.text(english ? p.title_en! : p.title, x, box.y + 42, { width: w, height: 36, ellipsis: true })
  doc.font("regular").fontSize(9).fillColor(COLOURS.muted)
  // The English catalogue keeps the Vietnamese name: it is what the label and the shop show.
  if (english) doc.text(p.title, { width: w, height: 24, ellipsis: true })
  doc.fillColor(COLOURS.ink).fontSize(9.5).moveDown(0.3)
  const line = (label: string, value: string) =>
    doc.font("bold").text(`${label}: `, { width: w, continued: true }).font("regular").text(value, { width: w })
  line(t.producer, p.producer_commune ? `${p.producer_name} (${p.producer_commune})` : p.producer_name)
  line(t.origin, districtName(p.origin_district, input.language))
  // A certificate number is never split at its hyphen (buyers type it into the check page): when it
  // does not fit after its label, it starts the next line whole.
  const fits =
    doc.font("bold").widthOfString(`${t.certificate}: `) +
      doc.font("regular").widthOfString(`${p.certificate_number},`) <=
    w
  line(t.certificate, `${fits ? "" : "\n"}${p.certificate_number}, ${t.validUntil} ${vnDay(p.valid_until)}`)
  doc.image(qr, box.qr.x, box.qr.y, { width: box.qr.size, height: box.qr.size })
  doc
    .fillColor(COLOURS.muted)
    .fontSize(7)
    .text(t.scan, box.qr.x - 8, box.qr.y + box.qr.size + 4, { width: box.qr.size + 16, align: "center" })
  // Clicking the code in a PDF reader opens the same page the phone would.
  doc.link(box.qr.x, box.qr.y, box.qr.size, box.qr.size, input.verify_url(p.certificate_number))
}

/**
 * The printed catalogue (docs/domain.md §7, "Catalo"): a cover with the counts and contents, then a
 * section per product group (§2), each product with its picture, star badge, producer, origin,
 * certificate number and a QR code to its certificate check. DejaVu Sans is embedded, so every
 * Vietnamese letter prints, in either language.
 */
export async function cataloguePdf(input: CatalogueInput): Promise<{ pdf: Buffer; pages: number; groups: number }> {
  const sections = catalogueSections(input.products)
  const qrs = new Map<string, Buffer>()
  for (const p of input.products) {
    qrs.set(
      p.product_id,
      await QRCode.toBuffer(input.verify_url(p.certificate_number), {
        margin: 2,
        width: 368,
        errorCorrectionLevel: "M",
      }),
    )
  }
  const t = TEXT[input.language]
  let pages = 1
  const pdf = await pdfDocument(
    {
      size: "A4",
      margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: 0 },
      info: { Title: t.title.replace("\n", " "), Subject: t.subtitle },
      lang: input.language,
    },
    (doc) => {
      cover(doc, input, sections)
      for (const s of sections) {
        for (let start = 0; start < s.products.length; start += SLOTS_PER_PAGE) {
          doc.addPage()
          pages++
          band(doc, s.group, input.language)
          s.products
            .slice(start, start + SLOTS_PER_PAGE)
            .forEach((p, i) => productSlot(doc, input, p, qrs.get(p.product_id)!, i))
          footer(doc, t, pages)
        }
      }
    },
  )
  return { pdf, pages, groups: sections.length }
}
