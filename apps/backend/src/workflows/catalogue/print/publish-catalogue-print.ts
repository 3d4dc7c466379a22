import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { cataloguePdf, type CatalogueLanguage } from "./catalogue-pdf"
import { loadPictures } from "./pictures"
import { printedProducts } from "./printed-products"

/** What the console and the storefront are told about a printed catalogue. */
export type CataloguePrintView = {
  id: string
  language: CatalogueLanguage
  product_count: number
  group_count: number
  page_count: number
  size: number
  generated_at: string
}

type PrintRow = Omit<CataloguePrintView, "generated_at" | "language"> & {
  language: string
  created_at: Date | string
  file_key: string
}

export const printView = (row: PrintRow): CataloguePrintView => ({
  id: row.id,
  language: row.language as CatalogueLanguage,
  product_count: row.product_count,
  group_count: row.group_count,
  page_count: row.page_count,
  size: row.size,
  generated_at: new Date(row.created_at).toISOString(),
})

/** The latest catalogue of each language that has one. */
export async function latestPrints(container: MedusaContainer): Promise<PrintRow[]> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const rows = await ocop.listCataloguePrints({}, { order: { created_at: "DESC" } })
  const seen = new Set<string>()
  return rows.filter((r) => !seen.has(r.language) && seen.add(r.language))
}

/** The bytes of the latest catalogue in a language, or null when none was generated yet. */
export async function latestPrintFile(container: MedusaContainer, language: CatalogueLanguage) {
  const row = (await latestPrints(container)).find((r) => r.language === language)
  if (!row) return null
  const bytes = await container.resolve(Modules.FILE).getAsBuffer(row.file_key)
  return { row, bytes }
}

/**
 * Generates the catalogue in one language from today's certified products, stores it as a private
 * file (the file module: local disk or the bucket) and records it as the latest; earlier ones of
 * that language are deleted with their files, so there is one to offer and no pile to keep.
 */
export async function publishCataloguePrint(
  container: MedusaContainer,
  language: CatalogueLanguage,
  { verify_url, generated_by }: { verify_url: (certificateNumber: string) => string; generated_by: string | null },
): Promise<CataloguePrintView> {
  const now = new Date()
  const products = await printedProducts(container, now)
  const pictures = await loadPictures(
    container,
    products.flatMap((p) => (p.picture_url ? [p.picture_url] : [])),
  )
  const { pdf, pages, groups } = await cataloguePdf({ language, products, pictures, verify_url, generated_at: now })
  const files = container.resolve(Modules.FILE)
  const [file] = await files.createFiles([
    {
      filename: `catalogue-ocop-lao-cai-${language}.pdf`,
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    },
  ])
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const older = await ocop.listCataloguePrints({ language })
  const row = await ocop.createCataloguePrints({
    language,
    file_key: file!.id,
    product_count: products.length,
    group_count: groups,
    page_count: pages,
    size: pdf.length,
    generated_by,
  })
  if (older.length) {
    await ocop.deleteCataloguePrints(older.map((o) => o.id))
    // A file that is already gone is no reason to fail a catalogue that was made.
    await files.deleteFiles(older.map((o) => o.file_key)).catch(() => undefined)
  }
  return printView(row)
}
