import { fireEvent, screen, waitFor } from "@testing-library/react"
import { Notification, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../../test-console"
import { ProducerProfileEdit } from "./ProfileEdit"

const producer = {
  id: "pdcr_1",
  handle: "htx-cam-quyt-bao-thang",
  name: "HTX Cam quýt Bảo Thắng",
  kind: "cooperative",
  registration_number: "5307001021",
  district: "bao-thang",
  commune: "Xã Phong Niên",
  address: "Thôn 3, xã Phong Niên",
  representative: "Nguyễn Văn Hưng",
  phone: "0912345601",
  email: null,
  story_vi: "Hợp tác xã của 42 hộ trồng cam.",
  story_en: null,
  logo_url: null,
  photos: [],
  status: "active",
}

describe("a producer's profile", { timeout: 20_000 }, () => {
  it("shows the office's register fields read only, and saves the story and contact", async () => {
    const { calls } = renderConsole(
      <ResourceContextProvider value="producer-profile">
        <ProducerProfileEdit />
        <Notification />
      </ResourceContextProvider>,
      {
        reply: (call) => ({
          json: { producer: call.method === "POST" ? { ...producer, story_en: "A cooperative" } : producer },
        }),
      },
    )
    expect(await screen.findByText("HTX Cam quýt Bảo Thắng")).toBeTruthy()
    expect(screen.getByText("Hợp tác xã")).toBeTruthy()
    expect(screen.getByText("Loại hình")).toBeTruthy()
    expect(screen.getByText("Xã Phong Niên, Huyện Bảo Thắng")).toBeTruthy()
    expect(screen.getByText(/Muốn thay đổi, hãy đề nghị Văn phòng OCOP/)).toBeTruthy()
    expect(screen.queryByRole("textbox", { name: /Tên chủ thể/ })).toBeNull()
    expect(screen.queryByRole("textbox", { name: /Số đăng ký/ })).toBeNull()

    const storyEn = () => screen.getByRole("textbox", { name: "Câu chuyện (tiếng Anh)" })
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: /Câu chuyện \(tiếng Việt\)/ }) as HTMLTextAreaElement).value).toMatch(
        /42 hộ/,
      ),
    )
    fireEvent.change(storyEn(), { target: { value: "A cooperative" } })
    const save = () => screen.getByRole("button", { name: "Lưu" }) as HTMLButtonElement
    await waitFor(() => expect(save().disabled).toBe(false))
    fireEvent.click(save())
    expect(await screen.findByText("Đã lưu hồ sơ chủ thể")).toBeTruthy()
    const post = calls.find((c) => c.method === "POST")!
    expect(post.url.pathname).toBe("/producer/profile")
    expect(post.body).toMatchObject({ story_en: "A cooperative", phone: "0912345601" })
    expect(Object.keys(post.body as object).sort()).toEqual(
      ["address", "email", "logo_url", "phone", "photos", "representative", "story_en", "story_vi"].sort(),
    )
  })

  it("refuses a phone number that is not Vietnamese, and sends nothing", async () => {
    const { calls } = renderConsole(
      <ResourceContextProvider value="producer-profile">
        <ProducerProfileEdit />
      </ResourceContextProvider>,
      { reply: () => ({ json: { producer } }) },
    )
    const phone = () => screen.getByRole("textbox", { name: /Điện thoại/ }) as HTMLInputElement
    await waitFor(() => expect(phone().value).toBe("0912345601"))
    fireEvent.change(phone(), { target: { value: "12345" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }))
    await waitFor(() => expect(phone().getAttribute("aria-invalid")).toBe("true"))
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })
})
