import { fireEvent, screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../test-console"
import type { CataloguePrint, CataloguePrintApi } from "./api"
import { CataloguePrintPage } from "./CataloguePrintPage"

const vi: CataloguePrint = {
  id: "ocpr_1",
  language: "vi",
  product_count: 31,
  group_count: 6,
  page_count: 10,
  size: 2_400_000,
  generated_at: new Date().toISOString(),
}

/** An API whose generate waits until the test lets it finish, so the progress can be seen. */
function fakeApi() {
  let finish: (row: CataloguePrint) => void = () => undefined
  const asked: string[] = []
  const api: CataloguePrintApi = {
    latest: async () => [vi],
    generate: (language) => {
      asked.push(language)
      return new Promise((resolve) => (finish = resolve))
    },
    pdfUrl: async () => "blob:pdf",
  }
  return { api, asked, finish: (row: CataloguePrint) => finish(row) }
}

describe("CataloguePrintPage", () => {
  it("shows the latest per language and progress while a new one is generated", async () => {
    const fake = fakeApi()
    renderConsole(<CataloguePrintPage api={fake.api} />, { permissions: "trade_promotion" })
    expect(await screen.findByText(/31 sản phẩm, 6 nhóm, 10 trang \(2\.3 MB\)/)).toBeTruthy()
    expect(screen.getByText("Chưa tạo bản nào.")).toBeTruthy()
    const english = screen.getByTestId("catalogue-en")
    fireEvent.click(english.querySelector("button")!)
    expect(await screen.findByRole("status")).toBeTruthy()
    expect(screen.getByText(/Đang tạo catalogue/)).toBeTruthy()
    // Nobody starts a second generation while one runs.
    for (const button of screen.getAllByRole("button", { name: "Tạo catalogue mới" })) {
      expect((button as HTMLButtonElement).disabled).toBe(true)
    }
    fake.finish({ ...vi, id: "ocpr_2", language: "en", product_count: 32, page_count: 11, size: 50_000 })
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull())
    expect(await screen.findByText(/32 sản phẩm, 6 nhóm, 11 trang \(49 KB\)/)).toBeTruthy()
    expect(fake.asked).toEqual(["en"])
  })

  it("lets the OCOP office open the catalogue but not generate one", async () => {
    renderConsole(<CataloguePrintPage api={fakeApi().api} />, { permissions: "ocop_office" })
    expect(await screen.findByText(/chỉ xem/)).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Tạo catalogue mới" })).toBeNull()
    expect(screen.getAllByRole("button", { name: "Xem PDF" })).toHaveLength(2)
  })
})
