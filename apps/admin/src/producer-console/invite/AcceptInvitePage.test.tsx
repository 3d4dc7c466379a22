import { fireEvent, screen, waitFor } from "@testing-library/react"
import { Notification, reactRouterProvider } from "react-admin"
import { describe, expect, it, vi } from "vitest"
import { renderConsole } from "../../test-console"
import { AcceptInvitePage, inviteTokenOf } from "./AcceptInvitePage"

const { Routes, Route } = reactRouterProvider

function renderPage(at: string, login = vi.fn(async () => undefined)) {
  const locations: string[] = []
  const result = renderConsole(
    <>
      <Routes>
        <Route path="/accept-invite" element={<AcceptInvitePage />} />
        <Route path="/" element={<p>home</p>} />
      </Routes>
      <Notification />
    </>,
    { at, onLocation: (p) => locations.push(p), login },
  )
  return { ...result, login, locations }
}

describe("accepting a producer invite", { timeout: 20_000 }, () => {
  it("reads the token from the link", () => {
    expect(inviteTokenOf("?token=abc123")).toBe("abc123")
    expect(inviteTokenOf("?token=")).toBeNull()
    expect(inviteTokenOf("")).toBeNull()
  })

  it("sets the password through login with the invite token, then opens the console", async () => {
    const { login, locations } = renderPage("/accept-invite?token=inv-123")
    fireEvent.change(await screen.findByLabelText(/^Mật khẩu mới/), { target: { value: "cam-sanh-2026" } })
    fireEvent.change(screen.getByLabelText(/^Nhập lại mật khẩu/), { target: { value: "cam-sanh-2026" } })
    fireEvent.click(screen.getByRole("button", { name: "Tạo mật khẩu và đăng nhập" }))
    await waitFor(() => expect(login).toHaveBeenCalledWith({ invite_token: "inv-123", password: "cam-sanh-2026" }))
    await waitFor(() => expect(locations.at(-1)).toBe("/"))
  })

  it("refuses a short or mistyped password before asking the server", async () => {
    const { login } = renderPage("/accept-invite?token=inv-123")
    fireEvent.change(await screen.findByLabelText(/^Mật khẩu mới/), { target: { value: "ngan" } })
    fireEvent.change(screen.getByLabelText(/^Nhập lại mật khẩu/), { target: { value: "khac" } })
    fireEvent.click(screen.getByRole("button", { name: "Tạo mật khẩu và đăng nhập" }))
    expect(await screen.findByText("Mật khẩu phải có ít nhất 8 ký tự")).toBeTruthy()
    expect(screen.getByText("Hai mật khẩu không giống nhau")).toBeTruthy()
    expect(login).not.toHaveBeenCalled()
  })

  it("shows the server's reason when the invite is no longer valid", async () => {
    const { login } = renderPage(
      "/accept-invite?token=old",
      vi.fn(async () => Promise.reject(new Error("Lời mời đã hết hạn"))),
    )
    fireEvent.change(await screen.findByLabelText(/^Mật khẩu mới/), { target: { value: "cam-sanh-2026" } })
    fireEvent.change(screen.getByLabelText(/^Nhập lại mật khẩu/), { target: { value: "cam-sanh-2026" } })
    fireEvent.click(screen.getByRole("button", { name: "Tạo mật khẩu và đăng nhập" }))
    expect(await screen.findByText("Lời mời đã hết hạn")).toBeTruthy()
    expect(login).toHaveBeenCalledTimes(1)
  })

  it("explains an incomplete link", async () => {
    renderPage("/accept-invite")
    expect(await screen.findByText(/Đường dẫn lời mời không đầy đủ/)).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Tạo mật khẩu và đăng nhập" })).toBeNull()
  })
})
