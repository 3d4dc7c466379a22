import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { cellOf, fieldColumns, toCsv } from "./csv-export"

const translate = ((key: string, options?: { _?: string }) =>
  ({
    "resources.producers.fields.name": "Tên chủ thể",
    "ra.boolean.true": "Có",
    "ra.boolean.false": "Không",
  })[key] ??
  options?._ ??
  key) as never

describe("toCsv", () => {
  it("starts with a byte-order mark so Excel reads Vietnamese, and ends lines with CRLF", () => {
    const csv = toCsv(
      [{ name: "HTX Nấm hương Sa Pa" }, { name: "Hộ Lò Văn Ớt" }],
      [{ header: "Tên chủ thể", value: (r) => r.name }],
    )
    expect(csv.startsWith("\uFEFFTên chủ thể\r\nHTX Nấm hương Sa Pa\r\n")).toBe(true)
  })

  it("escapes cells that a spreadsheet would run as a formula", () => {
    const csv = toCsv([{ name: '=HYPERLINK("http://evil")' }], [{ header: "name", value: (r) => r.name }])
    const [, row] = Papa.parse<string[]>(csv.slice(1)).data
    expect(row![0]).toBe(`'=HYPERLINK("http://evil")`)
  })

  it("writes dates as dd/mm/yyyy in Vietnam time, related records by name, lists joined, numbers as numbers", () => {
    expect(cellOf("2021-03-14T17:30:00.000Z")).toBe("15/03/2021")
    expect(cellOf("2024-02-29")).toBe("29/02/2024")
    expect(cellOf({ id: "prod_1", title: "Mật ong bạc hà" })).toBe("Mật ong bạc hà")
    expect(cellOf(["a", null, "b"])).toBe("a, b")
    expect(cellOf(150000)).toBe(150000)
    expect(cellOf(true, translate)).toBe("Có")
    expect(cellOf(null)).toBe("")
  })
})

describe("fieldColumns", () => {
  it("takes every field in order of appearance, under its translated name", () => {
    const columns = fieldColumns(
      [
        { id: "1", name: "A" },
        { id: "2", phone: "0912" },
      ],
      "producers",
      translate,
    )
    expect(columns.map((c) => c.header)).toEqual(["id", "Tên chủ thể", "phone"])
    expect(columns[2]!.value({ phone: "0912" })).toBe("0912")
  })
})
