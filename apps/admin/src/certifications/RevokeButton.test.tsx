import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { RecordContextProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { RevokeButton } from "./RevokeButton"

const record = { id: "cert_1", certificate_number: "GCN-15", status: "valid" }

function renderButton(status = "valid") {
  return renderAdmin(
    <ResourceContextProvider value="certifications">
      <RecordContextProvider value={{ ...record, status }}>
        <RevokeButton />
      </RecordContextProvider>
    </ResourceContextProvider>,
    { reply: () => ({ json: { certification: { ...record, status: "revoked" } } }) },
  )
}

describe("RevokeButton", () => {
  it("asks for a reason before revoking", async () => {
    const { calls } = renderButton()
    fireEvent.click(screen.getByRole("button", { name: "Thu hồi" }))
    const dialog = await screen.findByRole("dialog", { name: "Thu hồi giấy chứng nhận GCN-15" })

    // An empty reason is refused in the browser: no request leaves.
    fireEvent.click(within(dialog).getByRole("button", { name: "Thu hồi" }))
    expect(await within(dialog).findByText("Vui lòng nhập thông tin này")).toBeTruthy()
    expect(calls).toHaveLength(0)

    fireEvent.change(within(dialog).getByLabelText(/Lý do thu hồi/), {
      target: { value: "Kiểm tra sau công nhận không đạt" },
    })
    fireEvent.click(within(dialog).getByRole("button", { name: "Thu hồi" }))
    await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith("/revoke"))).toBe(true))
    const revoke = calls.find((c) => c.url.pathname === "/admin/certifications/cert_1/revoke")
    expect(revoke?.method).toBe("POST")
    expect(revoke?.body).toEqual({ reason: "Kiểm tra sau công nhận không đạt" })
  })

  it("can be cancelled", async () => {
    const { calls } = renderButton()
    fireEvent.click(screen.getByRole("button", { name: "Thu hồi" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.click(within(dialog).getByRole("button", { name: "Huỷ" }))
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull())
    expect(calls).toHaveLength(0)
  })

  it("is not offered for a revoked certificate", () => {
    renderButton("revoked")
    expect(screen.queryByRole("button", { name: "Thu hồi" })).toBeNull()
  })
})
