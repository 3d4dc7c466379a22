import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { AdminContext, memoryStore, TestMemoryRouter, type AuthProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { i18nProvider } from "../i18n/i18n-provider"
import { createMedusaDataProvider } from "../providers/data-provider"
import { recordingFetch, type RecordedCall } from "../providers/test-fetch"
import { ForgotPasswordPage } from "./ForgotPasswordPage"
import { ResetPasswordPage, resetLinkOf } from "./ResetPasswordPage"

const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => null,
}

function renderPage(
  page: React.ReactElement,
  at: string,
  reply: (call: RecordedCall) => { status?: number; json?: unknown } = () => ({ json: {} }),
) {
  const { fetch, calls } = recordingFetch(reply)
  // Nobody is signed in: the console sends no token of its own.
  const dataProvider = createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => null })
  render(
    <TestMemoryRouter initialEntries={[at]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        {page}
      </AdminContext>
    </TestMemoryRouter>,
  )
  return { calls }
}

function fill(password: string, confirm = password) {
  fireEvent.change(screen.getByLabelText(/^Mật khẩu mới/), { target: { value: password } })
  fireEvent.change(screen.getByLabelText(/Nhập lại mật khẩu mới/), { target: { value: confirm } })
  fireEvent.click(screen.getByRole("button", { name: "Lưu mật khẩu mới" }))
}

const link = "/reset-password?token=tok.en.sig&email=lan%40laocai.gov.vn"

describe("resetLinkOf", () => {
  it("needs both the token and the e-mail", () => {
    expect(resetLinkOf("?token=a.b.c&email=lan%40laocai.gov.vn")).toEqual({
      token: "a.b.c",
      email: "lan@laocai.gov.vn",
    })
    expect(resetLinkOf("?token=a.b.c")).toBeNull()
    expect(resetLinkOf("")).toBeNull()
  })
})

describe("ResetPasswordPage", () => {
  it("sets a staff member's new password with the link's token, sent only as the bearer", async () => {
    const { calls } = renderPage(<ResetPasswordPage actor="user" />, link, () => ({ json: { success: true } }))
    expect(await screen.findByText(/tài khoản lan@laocai.gov.vn/)).toBeTruthy()
    fill("mat-khau-moi-1")
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]!.url.pathname).toBe("/auth/user/emailpass/update")
    expect(calls[0]!.headers.Authorization).toBe("Bearer tok.en.sig")
    expect(calls[0]!.body).toEqual({ email: "lan@laocai.gov.vn", password: "mat-khau-moi-1" })
  })

  it("uses the producer's login for a producer's link", async () => {
    const { calls } = renderPage(<ResetPasswordPage actor="producer" />, link, () => ({ json: { success: true } }))
    await screen.findByRole("button", { name: "Lưu mật khẩu mới" })
    fill("mat-khau-moi-1")
    await waitFor(() => expect(calls.map((c) => c.url.pathname)).toEqual(["/auth/producer/emailpass/update"]))
  })

  it("checks the two passwords before sending anything", async () => {
    const { calls } = renderPage(<ResetPasswordPage actor="user" />, link)
    await screen.findByRole("button", { name: "Lưu mật khẩu mới" })
    fill("ngan")
    expect(await screen.findByText("Mật khẩu phải có ít nhất 8 ký tự")).toBeTruthy()
    fill("mat-khau-moi-1", "mat-khau-khac")
    expect(await screen.findByText("Hai mật khẩu không giống nhau")).toBeTruthy()
    expect(calls).toHaveLength(0)
  })

  it("says a used or expired link cannot be used and offers a new one", async () => {
    renderPage(<ResetPasswordPage actor="user" />, link, () => ({
      status: 401,
      json: { type: "unauthorized", message: "Invalid token" },
    }))
    await screen.findByRole("button", { name: "Lưu mật khẩu mới" })
    fill("mat-khau-moi-1")
    expect((await screen.findByRole("alert")).textContent).toMatch(/đã được dùng, đã hết hạn/)
    expect(screen.getByRole("link", { name: "Xin liên kết mới" }).getAttribute("href")).toBe("#/forgot-password")
  })

  it("explains an incomplete link", async () => {
    renderPage(<ResetPasswordPage actor="user" />, "/reset-password?token=only")
    expect((await screen.findByRole("alert")).textContent).toMatch(/không đầy đủ/)
    expect(screen.queryByRole("button", { name: "Lưu mật khẩu mới" })).toBeNull()
  })
})

describe("ForgotPasswordPage", () => {
  it("asks once for a link (staff and producers share one login per address), and says the same either way", async () => {
    // What Medusa really answers: 201 and the plain text "Created".
    const { calls } = renderPage(<ForgotPasswordPage />, "/forgot-password", () => ({ status: 201, text: "Created" }))
    fireEvent.change(await screen.findByLabelText(/Email/), { target: { value: " Lan@LaoCai.gov.vn " } })
    fireEvent.click(screen.getByRole("button", { name: "Gửi liên kết" }))
    expect((await screen.findByRole("status")).textContent).toMatch(/Nếu lan@laocai.gov.vn có tài khoản/)
    expect(calls.map((c) => [c.url.pathname, c.body, c.headers.Authorization])).toEqual([
      ["/auth/user/emailpass/reset-password", { identifier: "lan@laocai.gov.vn" }, undefined],
    ])
  })

  it("refuses an address that is not one", async () => {
    const { calls } = renderPage(<ForgotPasswordPage />, "/forgot-password")
    fireEvent.change(await screen.findByLabelText(/Email/), { target: { value: "lan" } })
    fireEvent.click(screen.getByRole("button", { name: "Gửi liên kết" }))
    expect(await screen.findByText("Địa chỉ email không hợp lệ")).toBeTruthy()
    expect(calls).toHaveLength(0)
  })
})
