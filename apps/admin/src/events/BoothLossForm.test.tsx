import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { RecordContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../test-console"
import { BoothLossForm } from "./BoothLossForm"

const stock = [
  { variant_id: "var_che", title: "Chè shan tuyết – Hộp 100 g", on_hand: 4 },
  { variant_id: "var_mat", title: "Mật ong bạc hà – Chai 500 ml", on_hand: 0 },
]
const open = { id: "tev_1", read_only: false, report: { stock } }

function renderForm(record: object) {
  return renderConsole(
    <RecordContextProvider value={record}>
      <BoothLossForm />
    </RecordContextProvider>,
    { permissions: "trade_promotion", reply: () => ({ status: 201, json: { loss: { id: "ebs_1" } } }) },
  )
}

describe("a loss at the booth, recorded by staff", { timeout: 20_000 }, () => {
  it("offers only what the booth holds, refuses a bad quantity without sending, then records the loss", async () => {
    const { calls } = renderForm(open)
    const section = await screen.findByRole("region", { name: "Ghi hao hụt tại gian hàng" })
    fireEvent.mouseDown(within(section).getByRole("combobox", { name: "Sản phẩm, quy cách" }))
    expect(screen.queryByRole("option", { name: /Mật ong/ })).toBeNull()
    fireEvent.click(await screen.findByRole("option", { name: "Chè shan tuyết – Hộp 100 g (còn 4)" }))
    fireEvent.mouseDown(within(section).getByRole("combobox", { name: "Lý do" }))
    fireEvent.click(await screen.findByRole("option", { name: "Hỏng, vỡ" }))
    fireEvent.change(within(section).getByLabelText("Số lượng hao hụt"), { target: { value: "1,5" } })
    fireEvent.click(within(section).getByRole("button", { name: "Ghi hao hụt" }))
    expect(await within(section).findByText("Nhập số nguyên từ 1 trở lên")).toBeTruthy()
    expect(calls.some((c) => c.method === "POST")).toBe(false)

    fireEvent.change(within(section).getByLabelText("Số lượng hao hụt"), { target: { value: "2" } })
    fireEvent.click(within(section).getByRole("button", { name: "Ghi hao hụt" }))
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    const sent = calls.find((c) => c.method === "POST")!
    expect(sent.url.pathname).toBe("/admin/trade-events/tev_1/booth-losses")
    expect(sent.body).toEqual({ lines: [{ variant_id: "var_che", quantity: 2 }], reason: "damaged" })
  })

  it("is not offered once the event is closed, nor when the booth holds nothing", async () => {
    renderForm({ ...open, read_only: true })
    renderForm({ ...open, report: { stock: [stock[1]] } })
    renderForm({ ...open, report: null })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole("region", { name: "Ghi hao hụt tại gian hàng" })).toBeNull()
  })
})
