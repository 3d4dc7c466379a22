import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderAdmin } from "../test-utils"
import { StaffList } from "./StaffList"

const staff = [
  {
    id: "user_1",
    email: "admin@ocop-laocai.vn",
    first_name: "Lan",
    last_name: "Nguyễn",
    role: "admin",
    created_at: "2021-02-04T03:00:00Z",
  },
  {
    id: "user_2",
    email: "new@ocop-laocai.vn",
    first_name: null,
    last_name: null,
    role: null,
    created_at: "2021-02-05T03:00:00Z",
  },
]

type Invite = { id: string; email: string; role: string | null; expires_at: string; expired: boolean }

/** Fake staff and staff-invite routes over in-memory lists. */
function staffApi(invites: Invite[]) {
  return (call: RecordedCall) => {
    const path = call.url.pathname
    if (path === "/admin/staff/invites" && call.method === "GET")
      return { json: { staff_invites: invites, count: invites.length } }
    if (path === "/admin/staff/invites" && call.method === "POST") {
      const body = call.body as { email: string; role: string }
      const invite = { id: `invite_${invites.length + 1}`, ...body, expires_at: "2025-03-02T03:00:00Z", expired: false }
      invites.unshift(invite)
      return {
        status: 201,
        json: { staff_invite: invite, invite_url: `http://console/#/staff-invite?token=t${invite.id}` },
      }
    }
    const resend = /^\/admin\/staff\/invites\/([^/]+)\/resend$/.exec(path)
    if (resend) {
      const invite = invites.find((i) => i.id === resend[1])!
      Object.assign(invite, { expired: false, expires_at: "2025-03-09T03:00:00Z" })
      return { json: { staff_invite: invite, invite_url: "http://console/#/staff-invite?token=renewed" } }
    }
    const withdrawn = /^\/admin\/staff\/invites\/([^/]+)$/.exec(path)
    if (withdrawn && call.method === "DELETE") {
      invites.splice(
        invites.findIndex((i) => i.id === withdrawn[1]),
        1,
      )
      return { json: { id: withdrawn[1], object: "staff_invite", deleted: true } }
    }
    if (call.method === "POST") return { json: { staff: { ...staff[1], role: "ocop_office" } } }
    return { json: { staff, count: 2 } }
  }
}

function renderStaff(invites: Invite[] = []) {
  return renderAdmin(
    <ResourceContextProvider value="staff">
      <StaffList />
    </ResourceContextProvider>,
    { reply: staffApi(invites) },
  )
}

describe("StaffList", () => {
  it("lists accounts with their roles and changes a role after a confirmation", async () => {
    const { calls } = renderStaff()
    expect(await screen.findByText("new@ocop-laocai.vn")).toBeTruthy()
    expect(screen.getByText("Chưa có vai trò (không truy cập được)")).toBeTruthy()
    // Signed in as user_1: an administrator cannot demote themselves.
    expect(await screen.findByText("Bạn không thể tự bỏ vai trò quản trị của mình")).toBeTruthy()
    fireEvent.mouseDown(screen.getByRole("combobox", { name: /Vai trò user_2/ }))
    fireEvent.click(within(await screen.findByRole("listbox")).getByText("Chi cục Phát triển nông thôn"))
    const confirm = await screen.findByRole("dialog", { name: "Đổi vai trò của new@ocop-laocai.vn?" })
    expect(within(confirm).getByText(/Vai trò mới: Chi cục Phát triển nông thôn/)).toBeTruthy()
    expect(calls.some((c) => c.method === "POST")).toBe(false)
    fireEvent.click(within(confirm).getByRole("button", { name: "Xác nhận" }))
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    const post = calls.find((c) => c.method === "POST")
    expect(post?.url.pathname).toBe("/admin/staff/user_2/role")
    expect(post?.body).toEqual({ role: "ocop_office" })
    expect(calls.find((c) => c.url.pathname === "/admin/staff")?.url.searchParams.get("order")).toBe("email")
  })

  it("changes nothing when the role confirmation is dismissed", async () => {
    const { calls } = renderStaff()
    fireEvent.mouseDown(await screen.findByRole("combobox", { name: /Vai trò user_2/ }))
    fireEvent.click(within(await screen.findByRole("listbox")).getByText("Quản trị hệ thống"))
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Huỷ" }))
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull())
    expect(calls.some((c) => c.method === "POST")).toBe(false)
  })

  it("invites a staff member with a role and shows the link to pass on", async () => {
    const invites: Invite[] = []
    const { calls } = renderStaff(invites)
    expect(await screen.findByText("Không có lời mời nào đang chờ.")).toBeTruthy()
    fireEvent.click(await screen.findByRole("button", { name: "Mời cán bộ" }))
    const dialog = await screen.findByRole("dialog", { name: "Mời cán bộ dùng hệ thống" })
    fireEvent.change(within(dialog).getByLabelText(/Email/), { target: { value: "minh@laocai.gov.vn" } })
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi lời mời" }))
    // The role is required by the shared schema: nothing is sent without it.
    expect(await within(dialog).findByText("Vui lòng nhập thông tin này")).toBeTruthy()
    expect(calls.some((c) => c.method === "POST")).toBe(false)

    fireEvent.mouseDown(within(dialog).getByRole("combobox", { name: /Vai trò/ }))
    fireEvent.click(within(await screen.findByRole("listbox")).getByText("Trung tâm Khuyến công và XTTM"))
    fireEvent.click(within(dialog).getByRole("button", { name: "Gửi lời mời" }))
    const link = await within(dialog).findByLabelText("Liên kết mời")
    expect((link as HTMLInputElement).value).toBe("http://console/#/staff-invite?token=tinvite_1")
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({
      email: "minh@laocai.gov.vn",
      role: "trade_promotion",
    })
    fireEvent.click(within(dialog).getByRole("button", { name: "Đóng" }))

    const pending = await screen.findByRole("region", { name: "Lời mời đang chờ" })
    expect(await within(pending).findByText("minh@laocai.gov.vn")).toBeTruthy()
    expect(within(pending).getByText("Trung tâm Khuyến công và XTTM")).toBeTruthy()
  })

  it("resends an expired invite and withdraws one after a confirmation", async () => {
    const invites: Invite[] = [
      {
        id: "invite_a",
        email: "old@laocai.gov.vn",
        role: "ocop_office",
        expires_at: "2025-01-01T03:00:00Z",
        expired: true,
      },
      {
        id: "invite_b",
        email: "mistake@laocai.gov.vn",
        role: "admin",
        expires_at: "2025-03-01T03:00:00Z",
        expired: false,
      },
    ]
    const { calls } = renderStaff(invites)
    const pending = await screen.findByRole("region", { name: "Lời mời đang chờ" })
    expect(await within(pending).findByText("Đã hết hạn")).toBeTruthy()
    expect(within(pending).getByText("01/03/2025")).toBeTruthy()

    const oldRow = within(pending).getByText("old@laocai.gov.vn").closest("tr")!
    fireEvent.click(within(oldRow as HTMLElement).getByRole("button", { name: "Gửi lại" }))
    expect(((await within(pending).findByLabelText("Liên kết mời")) as HTMLInputElement).value).toBe(
      "http://console/#/staff-invite?token=renewed",
    )
    await waitFor(() => expect(within(pending).queryByText("Đã hết hạn")).toBeNull())

    const mistakeRow = within(pending).getByText("mistake@laocai.gov.vn").closest("tr")!
    fireEvent.click(within(mistakeRow as HTMLElement).getByRole("button", { name: "Huỷ lời mời" }))
    const confirm = await screen.findByRole("dialog", { name: "Huỷ lời mời gửi mistake@laocai.gov.vn?" })
    expect(calls.some((c) => c.method === "DELETE")).toBe(false)
    fireEvent.click(within(confirm).getByRole("button", { name: "Xác nhận" }))
    await waitFor(() => expect(within(pending).queryByText("mistake@laocai.gov.vn")).toBeNull())
    expect(calls.find((c) => c.method === "DELETE")?.url.pathname).toBe("/admin/staff/invites/invite_b")
  })
})
