import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { RecordContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { InspectionsPanel } from "./InspectionsPanel"

const record = { id: "cert_1", certificate_number: "GCN-15", status: "valid" }

describe("InspectionsPanel", () => {
  it("lists inspections and records a new one", async () => {
    const stored = [{ id: "i1", inspected_at: "2022-05-10", inspector: "Chi cục PTNT", result: "passed", notes: null }]
    const { calls } = renderAdmin(
      <RecordContextProvider value={record}>
        <InspectionsPanel />
      </RecordContextProvider>,
      {
        reply: (call) => {
          if (call.method === "POST") {
            const inspection = { id: `i${stored.length + 1}`, ...(call.body as object) }
            stored.push(inspection as (typeof stored)[number])
            return { json: { inspection } }
          }
          return { json: { inspections: stored } }
        },
      },
    )
    expect(await screen.findByText("10/05/2022")).toBeTruthy()
    expect(within(screen.getByRole("table")).getByText("Đạt")).toBeTruthy()

    fireEvent.change(screen.getByLabelText(/Ngày kiểm tra/), { target: { value: "01/06/2023" } })
    fireEvent.change(screen.getByLabelText(/Đơn vị \/ cán bộ kiểm tra/), { target: { value: "Đoàn kiểm tra tỉnh" } })
    fireEvent.click(screen.getByLabelText("Không đạt"))
    fireEvent.click(screen.getByRole("button", { name: "Ghi nhận kiểm tra" }))

    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({
      inspected_at: "2023-06-01",
      inspector: "Đoàn kiểm tra tỉnh",
      result: "failed",
    })
    expect(await screen.findByText("01/06/2023")).toBeTruthy()
  })

  it("explains when there are no inspections yet", async () => {
    renderAdmin(
      <RecordContextProvider value={record}>
        <InspectionsPanel />
      </RecordContextProvider>,
      { reply: () => ({ json: { inspections: [] } }) },
    )
    expect(await screen.findByText("Chưa có lần kiểm tra nào.")).toBeTruthy()
  })
})
