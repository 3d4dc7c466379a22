import { fireEvent, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { renderAdmin } from "../test-utils"
import { FileButton } from "./FileButton"

describe("FileButton", () => {
  it("speaks the console's language instead of the browser's, and names the chosen file", async () => {
    const onFile = vi.fn()
    renderAdmin(<FileButton label="ocop.import.file" accept=".csv" onFile={onFile} />)
    expect(await screen.findByText("Chọn tệp")).toBeTruthy()
    expect(screen.getByText("Chưa chọn tệp nào")).toBeTruthy()
    const file = new File(["handle,name"], "chu-the.csv", { type: "text/csv" })
    fireEvent.change(screen.getByLabelText("Tệp cần nhập"), { target: { files: [file] } })
    expect(onFile).toHaveBeenCalledWith(file)
    expect(screen.getByText("chu-the.csv")).toBeTruthy()
    expect(screen.queryByText("Chưa chọn tệp nào")).toBeNull()
  })
})
