import { describe, expect, it } from "vitest"
import { invalidRows, sheetRowNumber, withServerErrors, type CheckedRow } from "./checked-rows"

const rows: CheckedRow<{ handle: string }>[] = [
  { index: 0, raw: { handle: "a" }, data: { handle: "a" }, errors: {} },
  { index: 1, raw: { handle: "b" }, data: { handle: "b" }, errors: {} },
]

describe("checked rows", () => {
  it("puts the server’s errors back on their rows, which then cannot be sent", () => {
    const next = withServerErrors(
      rows,
      { "rows.1.sku": "Đã dùng", "rows.1.handle": "Đã dùng", other: "x", "producers.0.name": "y" },
      "rows",
    )
    expect(next[0]).toBe(rows[0])
    expect(next[1]).toMatchObject({ errors: { sku: "Đã dùng", handle: "Đã dùng" }, data: undefined })
    expect(invalidRows(next)).toBe(1)
    expect(sheetRowNumber(1)).toBe(3)
  })
})
