import { fireEvent, screen, waitFor } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { afterEach, describe, expect, it, vi } from "vitest"
import { renderAdmin } from "../test-utils"
import { ProducerList } from "./ProducerList"

const producer = {
  id: "prod_1",
  name: "HTX Nấm hương Sa Pa",
  kind: "cooperative",
  district: "sa-pa",
  commune: "Phường Sa Pa",
  representative: "Giàng A Páo",
  phone: "0912345678",
  status: "suspended",
  created_at: "2021-03-14T17:30:00.000Z",
}

function renderList(producers: object[], role = "admin") {
  return renderAdmin(
    <ResourceContextProvider value="producers">
      <ProducerList />
    </ResourceContextProvider>,
    { role, reply: () => ({ json: { producers, count: producers.length } }) },
  )
}

describe("ProducerList", () => {
  it("shows producers with Vietnamese labels and dates", async () => {
    const { calls } = renderList([producer])
    expect(await screen.findByText("HTX Nấm hương Sa Pa")).toBeTruthy()
    expect(screen.getByText("Hợp tác xã")).toBeTruthy()
    expect(screen.getByText("Thị xã Sa Pa")).toBeTruthy()
    expect(screen.getByText("Tạm ngừng")).toBeTruthy()
    // 17:30 UTC on 14 March is 15 March in Vietnam
    expect(screen.getByText("15/03/2021")).toBeTruthy()
    expect(calls[0]?.url.searchParams.get("order")).toBe("name")
  })

  it("explains an empty register and offers to create", async () => {
    renderList([])
    expect(await screen.findByText(/Chưa có chủ thể OCOP nào trong cơ sở dữ liệu/)).toBeTruthy()
    expect(await screen.findByRole("link", { name: /Tạo mới/ })).toBeTruthy()
  })

  it("does not offer creation to trade-promotion staff", async () => {
    renderList([], "trade_promotion")
    expect(await screen.findByText("Bạn chỉ có quyền xem danh sách này.")).toBeTruthy()
    expect(screen.queryByRole("link", { name: /Tạo mới/ })).toBeNull()
  })

  it("exports the register as a CSV that Excel reads, with names instead of codes", async () => {
    const blobs: Blob[] = []
    // jsdom has no object URLs; the download link's blob is what the office would open.
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:csv") }))
    renderList([producer])
    await screen.findByText("HTX Nấm hương Sa Pa")
    fireEvent.click(screen.getByRole("button", { name: "Xuất dữ liệu" }))
    await waitFor(() => expect(blobs).toHaveLength(1))
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
      reader.readAsArrayBuffer(blobs[0]!)
    })
    // UTF-8 byte-order mark first: Excel reads the diacritics right only with it.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, row] = new TextDecoder().decode(bytes).split("\r\n")
    expect(header).toBe(
      'Tên chủ thể,Loại hình,Số đăng ký kinh doanh,Đường dẫn rút gọn,"Huyện, thị xã, thành phố","Xã, phường",Địa chỉ,Người đại diện,Điện thoại,Email,Trạng thái,Ngày tạo',
    )
    expect(row).toBe(
      "HTX Nấm hương Sa Pa,Hợp tác xã,,,Thị xã Sa Pa,Phường Sa Pa,,Giàng A Páo,0912345678,,Tạm ngừng,15/03/2021",
    )
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})
