import { PLAN_2021_TARGETS, programmeLines, type ProgrammePanel } from "@ocop/domain"
import { fireEvent, screen, within } from "@testing-library/react"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../test-console"
import { NOT_RECORDED, programmeXlsx } from "./programme-export"
import { ProgrammePage } from "./ProgrammePage"

const actuals = {
  certified_3_star: 27,
  certified_4_star: 3,
  certified_5_star: 0,
  new_organisations: 7,
  support_vnd: null,
}
const panel: ProgrammePanel = {
  year: 2021,
  targets: PLAN_2021_TARGETS,
  lines: programmeLines(PLAN_2021_TARGETS, actuals),
}

describe("the programme panel", () => {
  it("exports the year's targets, results and gaps with Vietnamese headers, and says what is not recorded", async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await programmeXlsx(panel))
    const sheet = book.worksheets[0]!
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1)
    expect(sheet.getCell(1, 1).value).toBe("Kết quả thực hiện Chương trình OCOP năm 2021 so với kế hoạch")
    expect(values(3)).toEqual(["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Còn thiếu"])
    expect(values(4)).toEqual(["Sản phẩm được công nhận 3 sao", 25, 27, -2])
    expect(values(5)).toEqual(["Sản phẩm được công nhận 4 sao", 5, 3, 2])
    expect(values(7)).toEqual(["Tổ chức kinh tế mới tham gia OCOP", 7, 7, 0])
    // An empty last cell is dropped by ExcelJS: the gap of an unknown figure is left blank.
    expect(values(8).slice(0, 3)).toEqual(["Kinh phí hỗ trợ đã chi (đồng)", 525_000_000, NOT_RECORDED])
  })

  it("shows trade promotion the targets, results and gaps, and no way to edit", async () => {
    const reply = () => ({ json: panel })
    renderConsole(<ProgrammePage />, { permissions: "trade_promotion", at: "/programme?year=2021", reply })
    const table = await screen.findByTestId("programme-table")
    const row = within(table).getByRole("row", { name: /4 sao/ })
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["5", "3", "2"])
    expect(within(table).getByText("Chưa ghi nhận")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Sửa kế hoạch" })).toBeNull()
  })

  it("lets the office edit the targets, refusing a negative count before sending", async () => {
    const { calls } = renderConsole(<ProgrammePage />, {
      permissions: "ocop_office",
      at: "/programme?year=2021",
      reply: () => ({ json: panel }),
    })
    fireEvent.click(await screen.findByRole("button", { name: "Sửa kế hoạch" }))
    const field = screen.getByRole("textbox", { name: "Sản phẩm được công nhận 3 sao" })
    fireEvent.change(field, { target: { value: "-3" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu kế hoạch" }))
    expect(await screen.findByText("Giá trị không hợp lệ")).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
    fireEvent.change(field, { target: { value: "30" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu kế hoạch" }))
    await screen.findByTestId("programme-table")
    const sent = calls.find((c) => c.method === "POST")!
    expect(sent.url.pathname).toBe("/admin/programme/2021")
    expect(sent.body).toEqual({ ...PLAN_2021_TARGETS, certified_3_star: 30 })
  })
})
