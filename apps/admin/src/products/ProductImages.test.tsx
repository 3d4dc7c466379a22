import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { RecordContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderAdmin } from "../test-utils"
import { ProductImages } from "./ProductImages"

const URL_A = "http://api/static/1-a.png"
const URL_B = "http://api/static/2-b.png"

/** The server keeps whatever images and thumbnail it is sent. */
function reply(call: RecordedCall) {
  if (call.url.pathname === "/admin/uploads") return { json: { files: [{ id: "2-b.png", url: URL_B }] } }
  const body = call.body as { images: { url: string }[]; thumbnail: string | null }
  return {
    json: {
      product: {
        id: "prod_1",
        thumbnail: body.thumbnail,
        images: body.images.map((i, n) => ({ id: `img_${n}`, url: i.url })),
      },
    },
  }
}

const renderImages = (role = "ocop_office") =>
  renderAdmin(
    <RecordContextProvider value={{ id: "prod_1", images: [{ id: "img_0", url: URL_A }], thumbnail: URL_A }}>
      <ProductImages />
    </RecordContextProvider>,
    { role, reply },
  )

describe("ProductImages", () => {
  it("uploads a photo, makes it the thumbnail and removes the old one after a confirmation", async () => {
    const { calls } = renderImages()
    expect(screen.getByRole("img", { name: "Ảnh 1 của sản phẩm" })).toBeTruthy()
    const input = await screen.findByLabelText("Ảnh cần tải lên")

    fireEvent.change(input, { target: { files: [new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" })] } })
    fireEvent.change(input, {
      target: { files: [new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.png", { type: "image/png" })] },
    })
    expect(calls).toHaveLength(0)

    fireEvent.change(input, { target: { files: [new File([new Uint8Array(8)], "b.png", { type: "image/png" })] } })
    expect(await screen.findByRole("img", { name: "Ảnh 2 của sản phẩm" })).toBeTruthy()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/admin/uploads", "/admin/products/prod_1"])
    expect(calls[1]?.body).toEqual({ images: [{ id: "img_0", url: URL_A }, { url: URL_B }], thumbnail: URL_A })

    fireEvent.click(screen.getByRole("button", { name: "Đặt làm ảnh đại diện" }))
    await waitFor(() => expect(calls).toHaveLength(3))
    expect(calls[2]?.body).toMatchObject({ thumbnail: URL_B })

    fireEvent.click(screen.getAllByRole("button", { name: "Xoá ảnh" })[0]!)
    const confirm = await screen.findByRole("dialog")
    expect(within(confirm).getByText("Xoá ảnh này khỏi sản phẩm?")).toBeTruthy()
    fireEvent.click(within(confirm).getByRole("button", { name: /Xác nhận/ }))
    await waitFor(() => expect(calls).toHaveLength(4))
    expect(calls[3]?.body).toEqual({ images: [{ id: "img_1", url: URL_B }], thumbnail: URL_B })
    await waitFor(() => expect(screen.queryByRole("img", { name: "Ảnh 2 của sản phẩm" })).toBeNull())
  })

  it("shows trade promotion the pictures without the buttons that change them", () => {
    renderImages("trade_promotion")
    expect(screen.getByRole("img", { name: "Ảnh 1 của sản phẩm" })).toBeTruthy()
    expect(screen.queryByLabelText("Ảnh cần tải lên")).toBeNull()
    expect(screen.queryByRole("button", { name: "Xoá ảnh" })).toBeNull()
  })
})
