import { describe, expect, it } from "vitest"
import { workbookOf } from "../common/import/workbook-fixture"
import { rowsFromCsv, rowsFromWorkbook } from "../common/import/read-table"
import { checkProductRows, productCount } from "./import-rows"

const header =
  "handle,title,title_en,description,description_en,producer,group,district,variant_title,sku,price_vnd,price_usd"
const good = "mien-dong,Miến dong Cốc Ly,,,,htx-coc-ly,Thực phẩm,Bắc Hà,Gói 500 g,MIEN-500,45.000,1.80"
const second = 'mien-dong,Miến dong Cốc Ly,,,,htx-coc-ly,Thực phẩm,Bắc Hà,Gói 1 kg,MIEN-1000,"85.000 ₫",3.40'

describe("product import rows", () => {
  it("reads a CSV with a BOM: rows sharing a handle make one product with prices in đồng and cents", () => {
    const rows = checkProductRows(rowsFromCsv(`\uFEFF${header}\n${good}\n${second}\n\n`), "vi")
    expect(rows.map((r) => r.errors)).toEqual([{}, {}])
    expect(rows[1]?.data).toMatchObject({
      handle: "mien-dong",
      group: "food",
      district: "bac-ha",
      price_vnd: 85000,
      price_usd: 340,
    })
    expect(productCount(rows)).toBe(1)
  })

  it("names each row’s errors in the chosen language, row by row and across rows", () => {
    const bad = 'Mien Dong,,,,,htx-coc-ly,Xe máy,Hà Nội,Gói 500 g,MIEN-X,"45,5",1.500'
    const repeated = good.replace("MIEN-500", "MIEN-501")
    const rows = checkProductRows(rowsFromCsv(`${header}\n${good}\n${bad}\n${repeated}`), "en")
    expect(rows[0]?.errors).toEqual({})
    expect(Object.keys(rows[1]!.errors).sort()).toEqual([
      "district",
      "group",
      "handle",
      "price_usd",
      "price_vnd",
      "title",
    ])
    expect(rows[1]?.errors.price_usd).toBe("Invalid USD price: type dollars with at most 2 decimals (e.g. 6.40)")
    expect(rows[2]?.errors).toEqual({ variant_title: "Same packaging as another variant of the product" })
    expect(rows[2]?.data).toBeUndefined()
  })

  it("reads the first sheet of a workbook, numbers typed as numbers included", async () => {
    const buffer = await workbookOf("Sản phẩm", [
      header.split(","),
      ["che-shan", "Chè Shan tuyết", "", "", "", "5307004155", "beverage", "bac-ha", "Hộp 100 g", "", 120000, 4.8],
    ])
    const rows = checkProductRows(await rowsFromWorkbook(buffer), "vi")
    expect(rows[0]?.errors).toEqual({})
    expect(rows[0]?.data).toMatchObject({ producer: "5307004155", price_vnd: 120000, price_usd: 480 })
    expect(rows[0]?.data?.sku ?? null).toBeNull()
  })
})
