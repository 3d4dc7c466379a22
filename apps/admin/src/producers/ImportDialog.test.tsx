import { fireEvent, screen, waitFor } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { ImportDialog } from "./ImportDialog"
import { importTemplate } from "./import-rows"

const good = "htx-mang-tre,HTX Măng tre Văn Bàn,cooperative,5300300,van-ban,Xã Văn Bàn,Thôn 4,Lò Thị E,0912345678"
const bad = "htx-xau,,cooperative,5300301,ha-noi,Xã Văn Bàn,Thôn 4,Lò Thị G,0912345678"

const csv = (...lines: string[]) =>
  new File([[importTemplate().trim(), ...lines].join("\n")], "chu-the.csv", { type: "text/csv" })

describe("ImportDialog", () => {
  it("previews row errors, writes nothing until the file is fixed, then imports every row", async () => {
    const { calls } = renderAdmin(
      <ResourceContextProvider value="producers">
        <ImportDialog />
      </ResourceContextProvider>,
      { reply: () => ({ status: 201, json: { imported: 1, ids: ["pdcr_1"] } }) },
    )
    fireEvent.click(screen.getByRole("button", { name: "Nhập từ tệp" }))
    const input = await screen.findByLabelText("Tệp cần nhập")
    fireEvent.change(input, { target: { files: [csv(good, bad)] } })
    expect(await screen.findByText(/1 dòng có lỗi trên 2 dòng/)).toBeTruthy()
    expect(screen.getByText(/Huyện, thị xã, thành phố: Huyện, thị xã, thành phố không hợp lệ/)).toBeTruthy()
    const run = screen.getByRole("button", { name: /Nhập 2 chủ thể/ }) as HTMLButtonElement
    expect(run.disabled).toBe(true)
    expect(calls).toHaveLength(0)

    fireEvent.change(input, { target: { files: [csv(good)] } })
    expect(await screen.findByText(/1 dòng hợp lệ, sẵn sàng nhập/)).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: /Nhập 1 chủ thể/ }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]?.url.pathname).toBe("/admin/producers/import")
    expect(calls[0]?.body).toMatchObject({
      producers: [{ handle: "htx-mang-tre", district: "van-ban", status: "active" }],
    })
  })
})
