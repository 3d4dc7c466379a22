import { describe, expect, it } from "vitest"
import { workbookOf } from "../common/import/workbook-fixture"
import { applyServerErrors, checkRows, importTemplate, rowsFromCsv, rowsFromWorkbook } from "./import-rows"

const header = importTemplate().trim()
const good =
  "htx-che-shan-tuyet,HTX Chè Shan tuyết,cooperative,5300123,bac-ha,Xã Bắc Hà,Thôn 2,Giàng A Páo,0912345678,,,,,"
const bad = "Bad Handle,,guild,5300124,ha-noi,Xã Bắc Hà,Thôn 2,Lý Thị C,123,,,,,"

describe("producer import rows", () => {
  it("reads a CSV with a BOM and checks each row with the domain schema", () => {
    const rows = checkRows(rowsFromCsv(`\uFEFF${header}\n${good}\n${bad}\n\n`), "vi")
    expect(rows).toHaveLength(2)
    expect(rows[0]?.errors).toEqual({})
    expect(rows[0]?.data).toMatchObject({ handle: "htx-che-shan-tuyet", status: "active", photos: [] })
    expect(Object.keys(rows[1]!.errors).sort()).toEqual(["district", "handle", "kind", "name", "phone"])
    expect(rows[1]?.errors.district).toBe("Huyện, thị xã, thành phố không hợp lệ")
    expect(rows[1]?.data).toBeUndefined()
  })

  it("flags a handle repeated within the file, in the chosen language", () => {
    const rows = checkRows(rowsFromCsv(`${header}\n${good}\n${good.replace("5300123", "5300999")}`), "en")
    expect(rows[1]?.errors).toEqual({ handle: "Same handle as row 2" })
  })

  it("reads the first sheet of a workbook and restores the leading zero of phone numbers", async () => {
    const buffer = await workbookOf("Chủ thể", [
      header.split(","),
      [
        "htx-que-van-ban",
        "HTX Quế Văn Bàn",
        "cooperative",
        "5300200",
        "van-ban",
        "Xã Văn Bàn",
        "Thôn 3",
        "Lò Văn D",
        912345678,
      ],
    ])
    const rows = checkRows(await rowsFromWorkbook(buffer), "vi")
    expect(rows[0]?.errors).toEqual({})
    expect(rows[0]?.data?.phone).toBe("0912345678")
  })

  it("puts the server errors back on their rows", () => {
    const rows = checkRows(rowsFromCsv(`${header}\n${good}`), "vi")
    const withServer = applyServerErrors(rows, { "producers.0.handle": "Đã dùng" })
    expect(withServer[0]?.errors).toEqual({ handle: "Đã dùng" })
    expect(withServer[0]?.data).toBeUndefined()
  })
})
