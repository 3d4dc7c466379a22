import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { RecordContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderAdmin } from "../test-utils"
import { ProducerUsersPanel } from "./ProducerUsersPanel"

const producer = { id: "pdcr_1", name: "HTX Chè Shan tuyết Tả Phìn" }
const stamp = { invite_expires_at: null, created_at: "2025-03-01T00:00:00Z", updated_at: "2025-03-01T00:00:00Z" }

/** A fake producer-users API over an in-memory list, as D1's contract describes it. */
function producerUsersApi(users: Record<string, unknown>[]) {
  return (call: RecordedCall) => {
    const path = call.url.pathname
    if (call.method === "GET") return { json: { producer_users: users, count: users.length } }
    const toggle = /^\/admin\/producer-users\/([^/]+)\/(disable|enable)$/.exec(path)
    if (toggle) {
      const user = users.find((u) => u.id === toggle[1])!
      user.status = toggle[2] === "disable" ? "disabled" : "active"
      return { json: { producer_user: user } }
    }
    const body = call.body as { email: string; name: string; producer_id: string }
    if (users.some((u) => u.email === body.email && u.status !== "invited")) {
      return {
        status: 409,
        json: {
          type: "duplicate_error",
          message: "Email đã có tài khoản",
          errors: { email: "Email này đã có tài khoản" },
        },
      }
    }
    const user = { id: `pdus_${users.length + 1}`, ...body, status: "invited", ...stamp }
    users.push(user)
    return { status: 201, json: { producer_user: user, invite_url: "http://console/#/accept-invite?token=abc" } }
  }
}

function renderPanel(users: Record<string, unknown>[], role = "ocop_office") {
  return renderAdmin(
    <RecordContextProvider value={producer}>
      <ProducerUsersPanel />
    </RecordContextProvider>,
    { role, reply: producerUsersApi(users) },
  )
}

const someone = (id: string, status: string, email = `${id}@htx.vn`) => ({
  id,
  producer_id: "pdcr_1",
  email,
  name: `Người ${id}`,
  status,
  ...stamp,
})

describe("ProducerUsersPanel", () => {
  it("lists the producer's users with their state", async () => {
    const { calls } = renderPanel([
      someone("pdus_1", "active"),
      someone("pdus_2", "invited"),
      someone("pdus_3", "disabled"),
    ])
    const table = await screen.findByRole("table", { name: "Tài khoản quản lý gian hàng" })
    expect(within(table).getByText("pdus_1@htx.vn")).toBeTruthy()
    expect(within(table).getByText("Đang hoạt động")).toBeTruthy()
    expect(within(table).getByText("Đã mời, chưa kích hoạt")).toBeTruthy()
    expect(within(table).getByText("Đã khoá")).toBeTruthy()
    expect(within(table).getAllByRole("button", { name: "Khoá" })).toHaveLength(2)
    expect(within(table).getByRole("button", { name: "Mở khoá" })).toBeTruthy()
    expect(calls[0]!.url.pathname).toBe("/admin/producer-users")
    expect(calls[0]!.url.searchParams.get("producer_id")).toBe("pdcr_1")
  })

  it("invites a user, shows the link to pass on, and lists them", async () => {
    const users: Record<string, unknown>[] = []
    const { calls } = renderPanel(users)
    expect(await screen.findByText(/Chủ thể chưa có tài khoản nào/)).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Mời người dùng" }))
    const dialog = await screen.findByRole("dialog", { name: "Mời người dùng cho HTX Chè Shan tuyết Tả Phìn" })
    fireEvent.change(within(dialog).getByLabelText(/Họ tên/), { target: { value: "Lò Thị Mai" } })
    fireEvent.change(within(dialog).getByLabelText(/Email/), { target: { value: "not-an-email" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi lời mời" }))
    // The domain's schema speaks first: nothing is sent with a bad address.
    expect(await within(dialog).findByText("Địa chỉ email không hợp lệ")).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)

    fireEvent.change(within(dialog).getByLabelText(/Email/), { target: { value: " Mai.Lo@HTX.vn " } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi lời mời" }))
    const link = await within(dialog).findByLabelText("Liên kết mời")
    expect((link as HTMLInputElement).value).toBe("http://console/#/accept-invite?token=abc")
    const post = calls.find((c) => c.method === "POST")!
    expect(post.url.pathname).toBe("/admin/producer-users")
    expect(post.body).toEqual({ producer_id: "pdcr_1", email: "Mai.Lo@HTX.vn", name: "Lò Thị Mai" })

    fireEvent.click(within(dialog).getByRole("button", { name: "Đóng" }))
    expect(await screen.findByText("Đã mời, chưa kích hoạt")).toBeTruthy()
  })

  it("shows the server's refusal next to the email", async () => {
    renderPanel([someone("pdus_1", "active", "taken@htx.vn")])
    await screen.findByRole("table")
    fireEvent.click(screen.getByRole("button", { name: "Mời người dùng" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.change(within(dialog).getByLabelText(/Họ tên/), { target: { value: "Ai đó" } })
    fireEvent.change(within(dialog).getByLabelText(/Email/), { target: { value: "taken@htx.vn" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi lời mời" }))
    expect(await within(dialog).findByText("Email này đã có tài khoản")).toBeTruthy()
  })

  it("locks an account only after a confirmation", async () => {
    const { calls } = renderPanel([someone("pdus_1", "active")])
    fireEvent.click(await screen.findByRole("button", { name: "Khoá" }))
    const confirm = await screen.findByRole("dialog")
    expect(within(confirm).getByText("Khoá tài khoản pdus_1@htx.vn?")).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
    fireEvent.click(within(confirm).getByRole("button", { name: "Xác nhận" }))
    await waitFor(() => expect(calls.some((c) => c.url.pathname === "/admin/producer-users/pdus_1/disable")).toBe(true))
    expect(await screen.findByRole("button", { name: "Mở khoá" })).toBeTruthy()
  })

  it("lets trade promotion read the accounts but change nothing", async () => {
    renderPanel([someone("pdus_1", "active")], "trade_promotion")
    expect(await screen.findByText("pdus_1@htx.vn")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Khoá" })).toBeNull()
    expect(screen.queryByRole("button", { name: "Mời người dùng" })).toBeNull()
  })
})
