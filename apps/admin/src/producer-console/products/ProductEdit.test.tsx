import { fireEvent, screen, waitFor } from "@testing-library/react"
import { Notification, reactRouterProvider, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../../test-console"
import { ProducerProductEdit } from "./ProductEdit"

const { Routes, Route } = reactRouterProvider

const live = {
  id: "prod_1",
  title: "Cam sành Bảo Thắng",
  title_en: "Bảo Thắng king orange",
  description: "Cam sành vỏ mỏng",
  description_en: null,
  product_group: "food",
  origin_district: "bao-thang",
  status: "published",
  images: [],
  variants: [{ id: "var_1", title: "Thùng 5 kg", sku: "CAM-5", price_vnd: 150000, price_usd: 650, stock: 40 }],
}

function renderEdit(product: object) {
  const locations: string[] = []
  const result = renderConsole(
    <ResourceContextProvider value="producer-products">
      <Routes>
        <Route path="/producer-products/:id" element={<ProducerProductEdit />} />
        <Route path="/producer-products" element={<p>list</p>} />
      </Routes>
      <Notification />
    </ResourceContextProvider>,
    {
      at: "/producer-products/prod_1",
      onLocation: (path) => locations.push(path),
      reply: (call) => ({
        json: {
          product: call.method === "POST" ? { ...product, review: { id: "rev_9", status: "pending" } } : product,
        },
      }),
    },
  )
  return { ...result, locations }
}

// Full forms in jsdom are slow on a busy machine: these tests get more time than the default 5 s.
describe("editing a product", { timeout: 20_000 }, () => {
  it("sends a price change for review and says the live version stays until approved", async () => {
    const { calls, locations } = renderEdit({ ...live, review: null })
    const price = () => screen.getByRole("textbox", { name: "Giá (VND)" }) as HTMLInputElement
    await waitFor(() => expect(price().value).toMatch(/^150\.000\s₫$/))
    expect((screen.getByRole("textbox", { name: "Giá (USD)" }) as HTMLInputElement).value).toBe("6.50")
    fireEvent.change(price(), { target: { value: "165.000" } })
    const send = () => screen.getByRole("button", { name: "Gửi duyệt" }) as HTMLButtonElement
    await waitFor(() => expect(send().disabled).toBe(false))
    fireEvent.click(send())
    expect(
      await screen.findByText("Đã gửi duyệt. Phiên bản đang bán giữ nguyên cho đến khi Văn phòng OCOP duyệt."),
    ).toBeTruthy()
    const post = calls.find((c) => c.method === "POST")!
    expect(post.url.pathname).toBe("/producer/products/prod_1")
    expect(post.body).toMatchObject({ variants: [{ id: "var_1", price_vnd: 165000, price_usd: 650 }] })
    await waitFor(() => expect(locations.at(-1)).toBe("/producer-products"))
  })

  it("starts from the change waiting for review and says so", async () => {
    renderEdit({
      ...live,
      review: {
        id: "rev_1",
        kind: "update",
        status: "pending",
        comment: null,
        submitted_at: "2026-11-20T03:00:00Z",
        reviewed_at: null,
        changes: { title: "Cam sành loại 1" },
      },
    })
    expect(await screen.findByText(/Thay đổi gửi ngày 20\/11\/2026 đang chờ duyệt/)).toBeTruthy()
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: /^Tên sản phẩm/ }) as HTMLInputElement).value).toBe(
        "Cam sành loại 1",
      ),
    )
  })

  it("refuses a dollar price it cannot read, and sends nothing", async () => {
    const { calls } = renderEdit({ ...live, review: null })
    const usd = () => screen.getByRole("textbox", { name: "Giá (USD)" }) as HTMLInputElement
    await waitFor(() => expect(usd().value).toBe("6.50"))
    fireEvent.change(usd(), { target: { value: "6.505" } })
    const send = () => screen.getByRole("button", { name: "Gửi duyệt" }) as HTMLButtonElement
    await waitFor(() => expect(send().disabled).toBe(false))
    fireEvent.click(send())
    expect(await screen.findByText("Giá đô la không hợp lệ, ví dụ: 12.50")).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })
})
