import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { reactRouterProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../../providers/test-fetch"
import { renderConsole } from "../../test-console"
import { ProducerEventShow } from "./EventShow"

const { Routes, Route } = reactRouterProvider

const DAY = 86_400_000
const accepted = {
  id: "tev_1",
  handle: "hoi-cho",
  name: "Hội chợ OCOP vùng Tây Bắc",
  name_en: "North-west OCOP fair",
  kind: "fair",
  status: "open",
  read_only: false,
  province: "Hà Nội",
  address: "Giảng Võ",
  starts_at: new Date(Date.now() - DAY).toISOString(),
  ends_at: new Date(Date.now() + 2 * DAY).toISOString(),
  organiser: "Bộ Công Thương",
  description: null,
  invitation: {
    id: "tep_1",
    status: "accepted",
    booth_number: "A1",
    answered_at: new Date().toISOString(),
    products: [{ product_id: "prod_cam", title: "Cam sành Bảo Thắng", handle: "cam", units: 5 }],
    booth_stock: [
      { id: "ebs_1", kind: "declared", variant_id: "var_cam5", title: "Cam sành Bảo Thắng – Thùng 5 kg", quantity: 2 },
    ],
  },
}
const products = [
  {
    id: "prod_cam",
    title: "Cam sành Bảo Thắng",
    status: "published",
    variants: [{ id: "var_cam5", title: "Thùng 5 kg" }],
  },
  { id: "prod_tra", title: "Trà shan tuyết", status: "published", variants: [{ id: "var_tra", title: "Hộp 100 g" }] },
]

function reply(call: RecordedCall) {
  if (call.url.pathname === "/producer/products") return { json: { products, count: 2 } }
  return { json: { event: accepted } }
}

describe("stock a producer brings to the booth", { timeout: 20_000 }, () => {
  it("lists what it declared and declares more of a product it brings", async () => {
    const { calls } = renderConsole(
      <ResourceContextProvider value="producer-events">
        <Routes>
          <Route path="/producer-events/:id/show" element={<ProducerEventShow />} />
        </Routes>
      </ResourceContextProvider>,
      { at: "/producer-events/tev_1/show", reply },
    )
    const section = await screen.findByRole("region", { name: "Hàng tự mang đến gian hàng" })
    expect(within(section).getByText("Cam sành Bảo Thắng – Thùng 5 kg × 2")).toBeTruthy()
    fireEvent.mouseDown(within(section).getByRole("combobox", { name: "Sản phẩm, quy cách" }))
    // Only the packagings of the products it brings are offered.
    expect(screen.queryByRole("option", { name: /Trà shan tuyết/ })).toBeNull()
    fireEvent.click(await screen.findByRole("option", { name: "Cam sành Bảo Thắng – Thùng 5 kg" }))
    fireEvent.change(within(section).getByLabelText("Số lượng mang đến"), { target: { value: "0" } })
    fireEvent.click(within(section).getByRole("button", { name: "Khai báo" }))
    expect(await within(section).findByText("Nhập số nguyên từ 1 trở lên")).toBeTruthy()
    expect(calls.some((c) => c.method === "POST")).toBe(false)
    fireEvent.change(within(section).getByLabelText("Số lượng mang đến"), { target: { value: "6" } })
    fireEvent.click(within(section).getByRole("button", { name: "Khai báo" }))
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    const sent = calls.find((c) => c.method === "POST")!
    expect(sent.url.pathname).toBe("/producer/events/tev_1/stock")
    expect(sent.body).toEqual({ lines: [{ variant_id: "var_cam5", quantity: 6 }] })
  })
})
