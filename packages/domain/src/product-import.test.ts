import { describe, expect, it } from "vitest"
import { productFieldErrors } from "./product-admin"
import {
  crossRowIssues,
  districtFromText,
  groupImportRows,
  importRowFromSheet,
  productGroupFromText,
  productImportRowSchema,
  productImportSchema,
  type ProductImportRow,
} from "./product-import"

const sheetRow = {
  handle: "mien-dong-coc-ly",
  title: "Miến dong Cốc Ly",
  title_en: "Coc Ly arrowroot noodles",
  producer: "htx-coc-ly",
  group: "Thực phẩm",
  district: "Bắc Hà",
  variant_title: "Gói 500 g",
  sku: "MIEN-500",
  price_vnd: "45.000 ₫",
  price_usd: "1.80",
  star_level: "4",
}

const row = (overrides: Partial<ProductImportRow> = {}): ProductImportRow =>
  productImportRowSchema.parse({ ...importRowFromSheet(sheetRow), ...overrides })

describe("reading a spreadsheet row", () => {
  it("reads Vietnamese prices, dollars, and group and district names; drops other columns", () => {
    expect(importRowFromSheet({ ...sheetRow, description: "  " })).toEqual({
      handle: "mien-dong-coc-ly",
      title: "Miến dong Cốc Ly",
      title_en: "Coc Ly arrowroot noodles",
      producer: "htx-coc-ly",
      group: "food",
      district: "bac-ha",
      variant_title: "Gói 500 g",
      sku: "MIEN-500",
      price_vnd: 45000,
      price_usd: 180,
    })
  })

  it("knows districts and groups by code, Vietnamese or English name, with or without the prefix", () => {
    expect(["Huyện Bắc Hà", "bac ha", "bac-ha", "Bac Ha District"].map(districtFromText)).toEqual([
      "bac-ha",
      "bac-ha",
      "bac-ha",
      "bac-ha",
    ])
    expect(["Thành phố Lào Cai", "TP Lào Cai", "Lao Cai City", "Sa Pa", "Hà Nội"].map(districtFromText)).toEqual([
      "lao-cai-city",
      "lao-cai-city",
      "lao-cai-city",
      "sa-pa",
      null,
    ])
    expect(["thuc pham", "Beverages", "herbal", "Xe máy"].map(productGroupFromText)).toEqual([
      "food",
      "beverage",
      "herbal",
      null,
    ])
  })

  it("leaves unreadable values for the schema to name", () => {
    const result = productImportRowSchema.safeParse(
      importRowFromSheet({
        ...sheetRow,
        price_vnd: "45.000,50",
        price_usd: "1.500",
        district: "Hà Nội",
        handle: "Miến Dong",
      }),
    )
    expect(productFieldErrors(result.error!, "vi")).toEqual({
      handle: "Đường dẫn rút gọn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (2–100 ký tự)",
      district: "Huyện, thị xã, thành phố không hợp lệ",
      price_vnd: "Số tiền phải là số đồng nguyên, không âm",
      price_usd: "Giá USD không hợp lệ: nhập số đô la, tối đa 2 chữ số thập phân (ví dụ 6.40)",
    })
  })
})

describe("rows of one file", () => {
  it("groups rows that share a handle into one product with a variant per row", () => {
    const products = groupImportRows([
      row(),
      row({ variant_title: "Gói 1 kg", sku: "MIEN-1000", price_vnd: 85000 }),
      row({ handle: "mien-khac", sku: null }),
    ])
    expect(products.map((p) => [p.handle, p.variants.map((v) => [v.title, v.row])])).toEqual([
      [
        "mien-dong-coc-ly",
        [
          ["Gói 500 g", 0],
          ["Gói 1 kg", 1],
        ],
      ],
      ["mien-khac", [["Gói 500 g", 2]]],
    ])
    expect(products[0]).toMatchObject({ producer: "htx-coc-ly", group: "food", district: "bac-ha" })
  })

  it("reports a product described differently, a repeated packaging and a repeated SKU on the later row", () => {
    const rows = [
      row(),
      row({ title: "Miến khác", variant_title: "Gói 1 kg", sku: "X" }),
      undefined,
      row({ sku: "x", handle: "khac" }),
      row({ sku: "Y" }),
    ]
    expect(crossRowIssues(rows)).toEqual([
      { index: 1, field: "title", code: "product_fields_differ" },
      { index: 3, field: "sku", code: "sku_repeated" },
      { index: 4, field: "variant_title", code: "variant_title_repeated" },
    ])
  })

  it("checks the request as a whole, naming rows.<row>.<field>", () => {
    const ok = productImportSchema.parse({ rows: [row()] })
    expect(ok.dry_run).toBe(false)
    const bad = productImportSchema.safeParse({ rows: [row(), row({ price_vnd: 50000 })] })
    expect(productFieldErrors(bad.error!, "en")).toEqual({
      "rows.1.variant_title": "Same packaging as another variant of the product",
      "rows.1.sku": "Same SKU as another variant",
    })
    expect(productFieldErrors(productImportSchema.safeParse({ rows: [] }).error!, "en")).toEqual({
      rows: "This field is required",
    })
  })
})
