import { usdCentsText } from "@ocop/domain"
import { downloadCSV, type Exporter, type TranslateFunction } from "react-admin"
import { toCsv, type CsvColumn } from "../common/csv-export"
import { domainLabel } from "../common/domain-labels"
import type { ConsoleLocale } from "../i18n/i18n-provider"
import type { OcopDataProvider } from "../providers/data-provider"
import type { VariantRow } from "../providers/products"

/** A product of the list (GET /admin/ocop-products) as the export reads it. */
export interface ListedProduct {
  id: string
  handle: string
  title: string
  title_en?: string | null
  producer_handle?: string | null
  product_group?: string | null
  origin_district?: string | null
  star_level?: number | null
  is_certified?: boolean
  published?: boolean
}

type ExportLine = { product: ListedProduct; variant: VariantRow | null }

/**
 * Columns of the export: the import file's columns first, under the same names, so an exported file
 * can be edited and imported again elsewhere; then the star level and whether the product is
 * certified and published. USD prices are written in dollars, as people type them.
 */
export function exportColumns(locale: ConsoleLocale, translate: TranslateFunction): CsvColumn<ExportLine>[] {
  const yes = (value: boolean | undefined) => translate(value ? "ra.boolean.true" : "ra.boolean.false")
  return [
    { header: "handle", value: ({ product }) => product.handle },
    { header: "title", value: ({ product }) => product.title },
    { header: "title_en", value: ({ product }) => product.title_en ?? "" },
    { header: "producer", value: ({ product }) => product.producer_handle ?? "" },
    { header: "group", value: ({ product }) => domainLabel("productGroup", product.product_group, locale) },
    { header: "district", value: ({ product }) => domainLabel("district", product.origin_district, locale) },
    { header: "variant_title", value: ({ variant }) => variant?.title ?? "" },
    { header: "sku", value: ({ variant }) => variant?.sku ?? "" },
    { header: "price_vnd", value: ({ variant }) => variant?.price ?? "" },
    {
      header: "price_usd",
      value: ({ variant }) => (variant?.price_usd == null ? "" : usdCentsText(variant.price_usd)),
    },
    { header: "star_level", value: ({ product }) => product.star_level ?? "" },
    { header: "certified", value: ({ product }) => yes(product.is_certified) },
    { header: "published", value: ({ product }) => yes(product.published) },
  ]
}

/** One line per variant of every listed product (a product without variants still gets a line). */
export function exportLines(products: ListedProduct[], variants: Record<string, VariantRow[]>): ExportLine[] {
  return products.flatMap((product): ExportLine[] => {
    const own = variants[product.id] ?? []
    return own.length ? own.map((variant) => ({ product, variant })) : [{ product, variant: null }]
  })
}

/** The products list's exporter: reads the variants and prices of the exported products, then downloads the CSV. */
export function productExporter(locale: ConsoleLocale, translate: TranslateFunction): Exporter {
  return async (records, _fetchRelated, dataProvider) => {
    const products = records as ListedProduct[]
    const { data } = await (dataProvider as OcopDataProvider).getVariantsOfProducts(products.map((p) => p.id))
    downloadCSV(toCsv(exportLines(products, data), exportColumns(locale, translate)), "san-pham-ocop")
  }
}
