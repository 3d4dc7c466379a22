import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { Notification, RecordContextProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { SuspendButton } from "./SuspendButton"

const producer = { id: "prod_1", name: "HTX Nấm hương Sa Pa", status: "active" }

function renderButton(status: string) {
  return renderAdmin(
    <ResourceContextProvider value="producers">
      <RecordContextProvider value={{ ...producer, status }}>
        <SuspendButton />
      </RecordContextProvider>
      <Notification />
    </ResourceContextProvider>,
    { reply: (call) => ({ json: { producer: { ...producer, ...(call.body as object) } } }) },
  )
}

describe("SuspendButton", () => {
  it("confirms before suspending and lets the officer undo", async () => {
    const { calls } = renderButton("active")
    fireEvent.click(screen.getByRole("button", { name: "Tạm ngừng hoạt động" }))
    const dialog = await screen.findByRole("dialog")
    expect(within(dialog).getByText("Tạm ngừng chủ thể HTX Nấm hương Sa Pa?")).toBeTruthy()

    fireEvent.click(within(dialog).getByRole("button", { name: "Xác nhận" }))
    // Undoable: nothing is sent until the notification closes; the undo button is offered.
    expect(await screen.findByRole("button", { name: "Hoàn tác" })).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)

    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }))
    await waitFor(() => expect(screen.queryByRole("button", { name: "Hoàn tác" })).toBeNull())
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })

  it("offers to reactivate a suspended producer", () => {
    renderButton("suspended")
    expect(screen.getByRole("button", { name: "Cho hoạt động trở lại" })).toBeTruthy()
  })

  it("sends nothing when the confirmation is dismissed", async () => {
    const { calls } = renderButton("active")
    fireEvent.click(screen.getByRole("button", { name: "Tạm ngừng hoạt động" }))
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Huỷ" }))
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull())
    expect(calls).toHaveLength(0)
  })
})
