import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { toCsv } from "../common/csv-export"
import { i18nProvider } from "../i18n/i18n-provider"
import { exportColumns, exportLines, type ListedProduct } from "./product-export"

const product: ListedProduct = {
  id: "prod_1",
  handle: "che-shan-tuyet",
  title: "Chè Shan tuyết Bản Liền",
  title_en: "Bản Liền Shan tuyết tea",
  producer_handle: "htx-che-ban-lien",
  product_group: "beverage",
  origin_district: "bac-ha",
  star_level: 4,
  is_certified: true,
  published: true,
}

describe("product export", () => {
  it("writes one line per variant under the import’s column names, with VND, USD and the star level", () => {
    const lines = exportLines([product, { ...product, id: "prod_2", handle: "khong-quy-cach" }], {
      prod_1: [
        { id: "v1", title: "Hộp 100 g", sku: "CHE-100", price: 120000, price_usd: 480 },
        { id: "v2", title: "Hộp 200 g", sku: null, price: 220000, price_usd: null },
      ],
    })
    const csv = toCsv(lines, exportColumns("vi", i18nProvider.translate))
    const [header, first, second, third] = Papa.parse<string[]>(csv.slice(1).trim()).data
    expect(header).toEqual([
      "handle",
      "title",
      "title_en",
      "producer",
      "group",
      "district",
      "variant_title",
      "sku",
      "price_vnd",
      "price_usd",
      "star_level",
      "certified",
      "published",
    ])
    expect(first).toEqual([
      "che-shan-tuyet",
      "Chè Shan tuyết Bản Liền",
      "Bản Liền Shan tuyết tea",
      "htx-che-ban-lien",
      "Đồ uống",
      "Huyện Bắc Hà",
      "Hộp 100 g",
      "CHE-100",
      "120000",
      "4.80",
      "4",
      "Có",
      "Có",
    ])
    expect(second?.slice(6, 10)).toEqual(["Hộp 200 g", "", "220000", ""])
    // A product without variants still gets its line.
    expect(third?.slice(0, 1).concat(third.slice(6, 10))).toEqual(["khong-quy-cach", "", "", "", ""])
  })
})
