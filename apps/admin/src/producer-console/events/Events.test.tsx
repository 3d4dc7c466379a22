import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { eventDaysText } from "@ocop/domain"
import { Notification, reactRouterProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../../providers/test-fetch"
import { renderConsole } from "../../test-console"
import { ProducerEventList } from "./EventList"
import { ProducerEventShow } from "./EventShow"

const { Routes, Route } = reactRouterProvider

const DAY = 86_400_000
// Dates relative to today: the screens only show them, the rules are the server's.
const startsAt = new Date(Date.now() + 10 * DAY).toISOString()
const endsAt = new Date(Date.now() + 14 * DAY).toISOString()

const invited = {
  id: "tev_1",
  handle: "tuan-le-ocop-ha-noi",
  name: "Tuần lễ OCOP Lào Cai tại Hà Nội",
  name_en: "Lào Cai OCOP week in Hà Nội",
  kind: "ocop_week",
  status: "planned",
  read_only: false,
  province: "Hà Nội",
  address: "Cung Văn hoá Hữu nghị, 91 Trần Hưng Đạo",
  starts_at: startsAt,
  ends_at: endsAt,
  organiser: "Trung tâm Xúc tiến thương mại Lào Cai",
  description: null,
  invitation: {
    id: "tep_1",
    status: "invited",
    booth_number: "A12",
    answered_at: null,
    products: [{ product_id: "prod_cam", title: "Cam sành Bảo Thắng", handle: "cam", units: 20 }],
  },
}
const closed = { ...invited, id: "tev_2", name: "Hội chợ Quảng Ninh", status: "closed", read_only: true }

const ownProducts = [
  { id: "prod_cam", title: "Cam sành Bảo Thắng", status: "published", variants: [] },
  { id: "prod_tra", title: "Trà shan tuyết Bát Xát", status: "published", variants: [] },
]

type Reply = { status?: number; json?: unknown }

function reply(call: RecordedCall): Reply {
  const path = call.url.pathname
  if (path === "/producer/products") return { json: { products: ownProducts, count: 2 } }
  if (path.endsWith("/answer")) return { json: { event: { ...invited, invitation: { ...invited.invitation } } } }
  if (path === "/producer/events/tev_1") return { json: { event: invited } }
  if (path === "/producer/events/tev_2") return { json: { event: closed } }
  return { json: { events: [invited, closed], count: 2 } }
}

function render(at: string, answer: (call: RecordedCall) => Reply = reply) {
  return renderConsole(
    <ResourceContextProvider value="producer-events">
      <Routes>
        <Route path="/producer-events" element={<ProducerEventList />} />
        <Route path="/producer-events/:id/show" element={<ProducerEventShow />} />
      </Routes>
      <Notification />
    </ResourceContextProvider>,
    { at, reply: answer },
  )
}

describe("a producer's event invitations", { timeout: 20_000 }, () => {
  it("lists its invitations with dates, status, answer and booth", async () => {
    const { calls } = render("/producer-events")
    const row = (await screen.findByText(invited.name)).closest("tr")!
    expect(within(row).getByText(eventDaysText(invited))).toBeTruthy()
    expect(within(row).getByText("Tuần lễ OCOP")).toBeTruthy()
    expect(within(row).getByText("Đã mời")).toBeTruthy()
    expect(within(row).getByText("A12")).toBeTruthy()
    const past = screen.getByText("Hội chợ Quảng Ninh").closest("tr")!
    expect(within(past).getByText("Đã kết thúc")).toBeTruthy()
    expect(calls[0]?.url.pathname).toBe("/producer/events")
  })

  it("says so when it has no invitation", async () => {
    render("/producer-events", () => ({ json: { events: [], count: 0 } }))
    expect(await screen.findByText("Bạn chưa được mời tham gia sự kiện xúc tiến thương mại nào.")).toBeTruthy()
  })

  it("accepts with its own products and the units it brings", async () => {
    const { calls } = render("/producer-events/tev_1/show")
    expect(await screen.findByText("Gian hàng số A12")).toBeTruthy()
    expect(screen.getByText("Cung Văn hoá Hữu nghị, 91 Trần Hưng Đạo, Hà Nội")).toBeTruthy()
    fireEvent.click(screen.getByRole("radio", { name: "Tham gia" }))
    const tea = await screen.findByRole("checkbox", { name: "Trà shan tuyết Bát Xát" })
    expect((screen.getByRole("checkbox", { name: "Cam sành Bảo Thắng" }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(tea)
    fireEvent.change(screen.getByLabelText("Số lượng Trà shan tuyết Bát Xát"), { target: { value: "15" } })
    fireEvent.change(screen.getByLabelText("Số lượng Cam sành Bảo Thắng"), { target: { value: "30" } })
    fireEvent.click(screen.getByRole("button", { name: "Gửi trả lời" }))
    await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith("/answer"))).toBe(true))
    const sent = calls.find((c) => c.url.pathname.endsWith("/answer"))!
    expect(sent.url.pathname).toBe("/producer/events/tev_1/answer")
    expect(sent.method).toBe("POST")
    expect(sent.body).toEqual({
      take_part: true,
      products: [
        { product_id: "prod_cam", units: 30 },
        { product_id: "prod_tra", units: 15 },
      ],
    })
  })

  it("refuses units that are not a whole number and sends nothing", async () => {
    const { calls } = render("/producer-events/tev_1/show")
    fireEvent.click(await screen.findByRole("radio", { name: "Tham gia" }))
    fireEvent.change(await screen.findByLabelText("Số lượng Cam sành Bảo Thắng"), { target: { value: "2,5" } })
    fireEvent.click(screen.getByRole("button", { name: "Gửi trả lời" }))
    expect(await screen.findByText("Nhập số nguyên không âm, ví dụ: 50")).toBeTruthy()
    expect(screen.getByLabelText("Số lượng Cam sành Bảo Thắng").getAttribute("aria-invalid")).toBe("true")
    expect(calls.some((c) => c.method === "POST")).toBe(false)
  })

  it("declines without products", async () => {
    const { calls } = render("/producer-events/tev_1/show")
    fireEvent.click(await screen.findByRole("radio", { name: "Không tham gia" }))
    fireEvent.click(screen.getByRole("button", { name: "Gửi trả lời" }))
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    expect(calls.find((c) => c.method === "POST")!.body).toEqual({ take_part: false })
  })

  it("shows the server's refusal and keeps the answer", async () => {
    const refusing = (call: RecordedCall) =>
      call.method === "POST"
        ? {
            status: 409,
            json: { type: "not_allowed", code: "event_closed", message: "Sự kiện đã kết thúc nên không thể thay đổi" },
          }
        : reply(call)
    render("/producer-events/tev_1/show", refusing)
    fireEvent.click(await screen.findByRole("radio", { name: "Không tham gia" }))
    fireEvent.click(screen.getByRole("button", { name: "Gửi trả lời" }))
    expect(await screen.findByText("Sự kiện đã kết thúc nên không thể thay đổi")).toBeTruthy()
    expect((screen.getByRole("radio", { name: "Không tham gia" }) as HTMLInputElement).checked).toBe(true)
  })

  it("shows a closed event read-only, without the answer form", async () => {
    render("/producer-events/tev_2/show")
    expect(await screen.findByText("Sự kiện đã kết thúc: lời mời chỉ để xem, không thay đổi được nữa.")).toBeTruthy()
    expect(screen.getByText("Cam sành Bảo Thắng")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Gửi trả lời" })).toBeNull()
    expect(screen.queryByRole("radio")).toBeNull()
  })

  it("says it when the event is not its own", async () => {
    render("/producer-events/tev_9/show", (call) =>
      call.url.pathname === "/producer/events/tev_9"
        ? { status: 404, json: { type: "not_found", code: "event_not_found", message: "Không tìm thấy sự kiện này" } }
        : reply(call),
    )
    // react-admin's own answer to a missing record; the server gives another producer's event the same 404.
    expect(await screen.findByText("Mục không tồn tại")).toBeTruthy()
  })
})
