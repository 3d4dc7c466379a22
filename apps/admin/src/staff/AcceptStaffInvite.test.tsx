import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { AdminContext, memoryStore, TestMemoryRouter, type AuthProvider } from "react-admin"
import { describe, expect, it, vi } from "vitest"
import { i18nProvider } from "../i18n/i18n-provider"
import { createMedusaDataProvider } from "../providers/data-provider"
import { recordingFetch, type RecordedCall } from "../providers/test-fetch"
import { AcceptStaffInvite, staffInviteOf } from "./AcceptStaffInvite"

const base64url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
const inviteToken = `${base64url('{"alg":"HS256"}')}.${base64url('{"id":"invite_1","email":"minh@laocai.gov.vn"}')}.sig`

function renderPage(
  reply: (call: RecordedCall) => { status?: number; json?: unknown },
  at = `/staff-invite?token=${inviteToken}`,
) {
  const { fetch, calls } = recordingFetch(reply)
  // The invitee is not signed in: no staff token.
  const dataProvider = createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => null })
  const login = vi.fn(async () => undefined)
  const authProvider: AuthProvider = {
    login,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => null,
  }
  render(
    <TestMemoryRouter initialEntries={[at]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        <AcceptStaffInvite />
      </AdminContext>
    </TestMemoryRouter>,
  )
  return { calls, login }
}

function fill(password = "mat-khau-tot", confirm = password) {
  fireEvent.change(screen.getByLabelText(/Họ và tên đệm/), { target: { value: "Trần Văn" } })
  fireEvent.change(screen.getByLabelText(/^Tên/), { target: { value: "Minh" } })
  fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: password } })
  fireEvent.change(screen.getByLabelText(/Nhập lại mật khẩu/), { target: { value: confirm } })
  fireEvent.click(screen.getByRole("button", { name: "Tạo tài khoản" }))
}

describe("staffInviteOf", () => {
  it("reads the token and the email it was issued for", () => {
    expect(staffInviteOf(`?token=${inviteToken}`)).toEqual({ token: inviteToken, email: "minh@laocai.gov.vn" })
    expect(staffInviteOf("?token=garbage")).toEqual({ token: "garbage", email: null })
    // Links since decision 018: an opaque token, the address beside it.
    expect(staffInviteOf("?token=opaque_Token-1&email=lan%40laocai.gov.vn")).toEqual({
      token: "opaque_Token-1",
      email: "lan@laocai.gov.vn",
    })
    expect(staffInviteOf("")).toBeNull()
  })
})

describe("AcceptStaffInvite", () => {
  it("registers the login, accepts the invite with it, then signs the new staff member in", async () => {
    const { calls, login } = renderPage((call) =>
      call.url.pathname === "/auth/user/emailpass/register"
        ? { json: { token: "registration-token" } }
        : { json: { staff: { id: "user_9", email: "minh@laocai.gov.vn", role: "ocop_office" } } },
    )
    expect(await screen.findByText(/với email minh@laocai.gov.vn/)).toBeTruthy()
    fill()
    await waitFor(() => expect(login).toHaveBeenCalled())
    expect(calls.map((c) => c.url.pathname)).toEqual(["/auth/user/emailpass/register", "/admin/staff/invites/accept"])
    expect(calls[0]!.body).toEqual({ email: "minh@laocai.gov.vn", password: "mat-khau-tot" })
    expect(calls[1]!.headers.Authorization).toBe("Bearer registration-token")
    expect(calls[1]!.body).toEqual({ token: inviteToken, first_name: "Minh", last_name: "Trần Văn" })
    expect(login).toHaveBeenCalledWith({ email: "minh@laocai.gov.vn", password: "mat-khau-tot" })
  })

  it("checks the password before sending anything", async () => {
    const { calls } = renderPage(() => ({ json: {} }))
    await screen.findByRole("button", { name: "Tạo tài khoản" })
    fill("ngan", "ngan")
    expect(await screen.findByText("Mật khẩu phải có ít nhất 8 ký tự")).toBeTruthy()
    fill("mat-khau-tot", "mat-khau-khac")
    expect(await screen.findByText("Hai mật khẩu không giống nhau")).toBeTruthy()
    expect(calls).toHaveLength(0)
  })

  it("signs in with an address's existing login, and says why when its password is not that one", async () => {
    const { calls, login } = renderPage((call) =>
      call.url.pathname === "/auth/user/emailpass/register"
        ? { status: 401, json: { type: "unauthorized", message: "Identity with email already exists" } }
        : { status: 401, json: { type: "unauthorized", message: "Invalid email or password" } },
    )
    await screen.findByRole("button", { name: "Tạo tài khoản" })
    fill()
    expect(await screen.findByText(/Email này đã có mật khẩu đăng nhập/)).toBeTruthy()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/auth/user/emailpass/register", "/auth/user/emailpass"])
    expect(login).not.toHaveBeenCalled()
  })

  it("shows the server's reason when the invite is used or expired", async () => {
    const message = "Lời mời không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy nhờ quản trị viên gửi lại lời mời."
    const { login } = renderPage((call) =>
      call.url.pathname === "/auth/user/emailpass/register"
        ? { json: { token: "registration-token" } }
        : { status: 400, json: { type: "invalid_data", message, errors: { token: message } } },
    )
    await screen.findByRole("button", { name: "Tạo tài khoản" })
    fill()
    expect((await screen.findByRole("alert")).textContent).toBe(message)
    expect(login).not.toHaveBeenCalled()
  })

  it("explains an incomplete link", async () => {
    renderPage(() => ({ json: {} }), "/staff-invite")
    expect(await screen.findByText(/Liên kết mời không đầy đủ/)).toBeTruthy()
  })
})
