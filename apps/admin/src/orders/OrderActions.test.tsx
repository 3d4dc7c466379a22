import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { Notification, RecordContextProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import type { RecordedCall } from "../providers/test-fetch"
import { DeliveredButton, MarkPaidButton, PickedUpButton, ReadyForPickupButton } from "./OrderActions"
import { CancelOrderButton, ShipButton } from "./OrderDialogs"
import type { OrderRecord } from "./order-model"

const order: OrderRecord = {
  id: "order_1",
  display_id: 12,
  status: "pending",
  currency_code: "vnd",
  total: 450000,
  delivery: "pickup",
  pickup_point: { code: "bac-ha", name: "Điểm bán OCOP Bắc Hà" },
  payment_method: "vietqr",
  payment_collections: [{ payments: [{ id: "pay_1", provider_id: "pp_vietqr_vietqr", amount: 450000 }] }],
  available_actions: ["mark_paid", "ready_for_pickup", "cancel"],
}

function renderActions(record: OrderRecord, reply?: (call: RecordedCall) => { status?: number; json?: unknown }) {
  return renderAdmin(
    <ResourceContextProvider value="orders">
      <RecordContextProvider value={record}>
        <MarkPaidButton />
        <ReadyForPickupButton />
        <PickedUpButton />
        <ShipButton />
        <DeliveredButton />
        <CancelOrderButton />
      </RecordContextProvider>
      <Notification />
    </ResourceContextProvider>,
    { reply: reply ?? (() => ({ json: { order: record } })) },
  )
}

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === "POST").map((c) => [c.url.pathname, c.body])

describe("order actions", () => {
  it("shows exactly the actions the backend allows", () => {
    renderActions(order)
    expect(screen.getByRole("button", { name: "Xác nhận đã chuyển khoản" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Sẵn sàng để nhận" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Huỷ đơn" })).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Gửi hàng" })).toBeNull()
    expect(screen.queryByRole("button", { name: "Người mua đã nhận" })).toBeNull()
    expect(screen.queryByRole("button", { name: "Đã giao thành công" })).toBeNull()
  })

  it("confirms a VietQR transfer with its amount before marking it paid", async () => {
    const { calls } = renderActions(order)
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận đã chuyển khoản" }))
    const dialog = await screen.findByRole("dialog")
    expect(within(dialog).getByText(/Chỉ xác nhận khi 450\.000\s₫ đã về tài khoản/)).toBeTruthy()
    expect(calls).toHaveLength(0)
    fireEvent.click(within(dialog).getByRole("button", { name: "Xác nhận" }))
    expect(await screen.findByText("Đã ghi nhận thanh toán")).toBeTruthy()
    expect(posts(calls)).toEqual([["/admin/ocop-orders/order_1/mark-paid", {}]])
  })

  it("names cash collection for COD, and the showroom when the order is ready", async () => {
    const { calls } = renderActions({
      ...order,
      payment_method: "cod",
      available_actions: ["mark_paid", "ready_for_pickup"],
    })
    expect(screen.getByRole("button", { name: "Xác nhận đã thu tiền" })).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Sẵn sàng để nhận" }))
    const dialog = await screen.findByRole("dialog")
    expect(within(dialog).getByText("Đơn #12 đã sẵn sàng tại Điểm bán OCOP Bắc Hà?")).toBeTruthy()
    fireEvent.click(within(dialog).getByRole("button", { name: "Xác nhận" }))
    await waitFor(() => expect(posts(calls)).toEqual([["/admin/ocop-orders/order_1/ready-for-pickup", {}]]))
  })

  it("hands a ready pickup order over, and marks a shipped one delivered", async () => {
    const { calls } = renderActions({ ...order, available_actions: ["picked_up", "delivered"] })
    fireEvent.click(screen.getByRole("button", { name: "Người mua đã nhận" }))
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Xác nhận" }))
    await waitFor(() => expect(posts(calls)).toHaveLength(1))
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull())
    fireEvent.click(screen.getByRole("button", { name: "Đã giao thành công" }))
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Xác nhận" }))
    await waitFor(() =>
      expect(posts(calls).map(([path]) => path)).toEqual([
        "/admin/ocop-orders/order_1/picked-up",
        "/admin/ocop-orders/order_1/delivered",
      ]),
    )
  })

  it("ships only with a tracking number", async () => {
    const { calls } = renderActions({ ...order, delivery: "ship", pickup_point: null, available_actions: ["ship"] })
    fireEvent.click(screen.getByRole("button", { name: "Gửi hàng" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi hàng" }))
    expect(await within(dialog).findByText("Bắt buộc")).toBeTruthy()
    expect(calls).toHaveLength(0)
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Mã vận đơn/ }), { target: { value: "VN123" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi hàng" }))
    await waitFor(() =>
      expect(posts(calls)).toEqual([["/admin/ocop-orders/order_1/ship", { tracking_number: "VN123" }]]),
    )
  })

  it("cancels with a written reason, and warns of the refund when the order is paid", async () => {
    const paid = {
      ...order,
      payment_collections: [{ payments: [{ id: "pay_1", captured_at: "2025-03-01T00:00:00Z" }] }],
    }
    const { calls } = renderActions(paid)
    fireEvent.click(screen.getByRole("button", { name: "Huỷ đơn" }))
    const dialog = await screen.findByRole("dialog")
    expect(within(dialog).getByText(/cửa hàng cần chuyển trả tiền cho người mua/)).toBeTruthy()
    const reason = within(dialog).getByRole("textbox", { name: /Lý do huỷ/ })
    fireEvent.change(reason, { target: { value: "x" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Huỷ đơn" }))
    expect(await within(dialog).findByText("Cần ít nhất 3 ký tự")).toBeTruthy()
    expect(calls).toHaveLength(0)
    fireEvent.change(reason, { target: { value: "Khách đổi ý" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Huỷ đơn" }))
    await waitFor(() =>
      expect(posts(calls)).toEqual([["/admin/ocop-orders/order_1/cancel", { reason: "Khách đổi ý" }]]),
    )
  })

  it("tells a refusal in the console's words, by the backend's code", async () => {
    renderActions(order, (call) =>
      call.method === "POST"
        ? { status: 400, json: { type: "not_allowed", code: "already_paid", message: "server text" } }
        : { json: { order } },
    )
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận đã chuyển khoản" }))
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Xác nhận" }))
    expect(await screen.findByText("Đơn hàng đã được ghi nhận thanh toán trước đó")).toBeTruthy()
  })
})
