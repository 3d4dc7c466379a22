import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderAdmin } from "../test-utils"
import { ProductImportDialog } from "./ProductImportDialog"

const header = "handle,title,producer,group,district,variant_title,sku,price_vnd,price_usd"
const good = "mien-dong,Miến dong Cốc Ly,htx-coc-ly,food,bac-ha,Gói 500 g,MIEN-500,45.000,1.80"
const bad = "ruou-ngo,Rượu ngô Bản Phố,htx-ban-pho,beverage,ha-noi,Chai 500 ml,RUOU-500,120.000,6.4.0"
const unknownProducer = "ruou-ngo,Rượu ngô Bản Phố,khong-co,beverage,bac-ha,Chai 500 ml,RUOU-500,120.000,"

const csv = (...lines: string[]) => new File([[header, ...lines].join("\n")], "san-pham.csv", { type: "text/csv" })

function renderDialog(reply: (call: RecordedCall) => { status?: number; json?: unknown }) {
  const result = renderAdmin(
    <ResourceContextProvider value="products">
      <ProductImportDialog />
    </ResourceContextProvider>,
    { role: "ocop_office", reply },
  )
  fireEvent.click(screen.getByRole("button", { name: "Nhập từ tệp" }))
  return result
}

const posted = (calls: RecordedCall[]) =>
  calls.filter((c) => c.url.pathname === "/admin/ocop-products/import").map((c) => c.body as { dry_run: boolean })

describe("ProductImportDialog", () => {
  it("previews row errors and sends nothing until the file is fixed; then checks it, and imports all rows", async () => {
    const { calls } = renderDialog((call) =>
      (call.body as { dry_run?: boolean }).dry_run
        ? { json: { valid: true, products: 1, variants: 1 } }
        : { status: 201, json: { imported: 1, variants: 1, ids: ["prod_1"] } },
    )
    const dialog = await screen.findByRole("dialog")
    const input = within(dialog).getByLabelText("Tệp cần nhập")
    fireEvent.change(input, { target: { files: [csv(good, bad)] } })
    expect(await within(dialog).findByText("1 dòng có lỗi trên 2 dòng. Hãy sửa tệp rồi chọn lại.")).toBeTruthy()
    const badRow = within(dialog).getByRole("row", { name: /ruou-ngo/ })
    expect(within(badRow).getAllByRole("cell")[0]?.textContent).toBe("3")
    expect(badRow.textContent).toContain("Huyện, thị xã, thành phố: Huyện, thị xã, thành phố không hợp lệ")
    expect(badRow.textContent).toContain("Giá (USD): Giá USD không hợp lệ")
    expect((within(dialog).getByRole("button", { name: "Nhập 2 sản phẩm" }) as HTMLButtonElement).disabled).toBe(true)
    expect(posted(calls)).toEqual([])

    fireEvent.change(input, { target: { files: [csv(good)] } })
    expect(await within(dialog).findByText("1 dòng hợp lệ (1 sản phẩm), sẵn sàng nhập.")).toBeTruthy()
    expect(posted(calls).map((b) => b.dry_run)).toEqual([true])
    fireEvent.click(within(dialog).getByRole("button", { name: "Nhập 1 sản phẩm" }))
    await waitFor(() => expect(posted(calls).map((b) => b.dry_run)).toEqual([true, false]))
    expect(calls.at(-1)?.body).toMatchObject({
      rows: [{ handle: "mien-dong", price_vnd: 45000, price_usd: 180, group: "food" }],
    })
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull())
  })

  it("shows what the server refuses (an unknown producer) on its row and keeps the import off", async () => {
    const { calls } = renderDialog(() => ({
      status: 400,
      json: {
        type: "invalid_data",
        message: "Dữ liệu không hợp lệ",
        errors: { "rows.1.producer": "Không tìm thấy chủ thể" },
      },
    }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.change(within(dialog).getByLabelText("Tệp cần nhập"), { target: { files: [csv(good, unknownProducer)] } })
    expect(await within(dialog).findByText("1 dòng có lỗi trên 2 dòng. Hãy sửa tệp rồi chọn lại.")).toBeTruthy()
    expect(within(dialog).getByRole("row", { name: /ruou-ngo/ }).textContent).toContain(
      "Chủ thể: Không tìm thấy chủ thể",
    )
    expect((within(dialog).getByRole("button", { name: "Nhập 2 sản phẩm" }) as HTMLButtonElement).disabled).toBe(true)
    expect(posted(calls).map((b) => b.dry_run)).toEqual([true])
  })
})
