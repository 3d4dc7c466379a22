import { screen } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { accessChecked } from "../../auth/can-access"
import { renderConsole } from "../../test-console"
import { ProducerProductList } from "./ProductList"

const CheckedList = accessChecked("producer-products", { list: ProducerProductList }).list!

const product = (id: string, title: string, review: object | null) => ({
  id,
  title,
  status: "published",
  star_level: 4,
  certificate_status: "valid",
  images: [],
  variants: [{ id: `${id}-v`, title: "Thùng 5 kg", price_vnd: 150000, price_usd: 650, stock: 3 }],
  review,
})

function renderList(permissions: string, products: object[]) {
  return renderConsole(
    <ResourceContextProvider value="producer-products">
      <CheckedList />
    </ResourceContextProvider>,
    { permissions, reply: () => ({ json: { products, count: products.length } }) },
  )
}

describe("a producer’s product list", () => {
  it("shows each product with its price, certificate, review state and the reviewer’s comment", async () => {
    const { calls } = renderList("producer", [
      product("prod_1", "Cam sành Bảo Thắng", { id: "r1", kind: "update", status: "pending", comment: null }),
      product("prod_2", "Quýt Bảo Thắng", {
        id: "r2",
        kind: "update",
        status: "rejected",
        comment: "Ảnh mờ, hãy chụp lại",
      }),
    ])
    expect(await screen.findByText("Cam sành Bảo Thắng")).toBeTruthy()
    expect(screen.getByText("Chờ duyệt")).toBeTruthy()
    expect(screen.getByText("Bị từ chối")).toBeTruthy()
    expect(screen.getByText("Ý kiến: Ảnh mờ, hãy chụp lại")).toBeTruthy()
    expect(screen.getAllByText("150.000 ₫")).toHaveLength(2)
    expect(screen.getAllByText("4 sao · Có chứng nhận")).toHaveLength(2)
    expect(calls[0]?.url.pathname).toBe("/producer/products")
  })

  it("says what to do when there is no product yet", async () => {
    renderList("producer", [])
    expect(await screen.findByText(/Hãy thêm sản phẩm đầu tiên/)).toBeTruthy()
    expect(screen.getByRole("link", { name: /Tạo mới/ })).toBeTruthy()
  })

  it('is closed to staff, who get "access denied" and make no request', async () => {
    const { calls } = renderList("admin", [])
    expect(await screen.findByRole("alert")).toBeTruthy()
    expect(screen.getAllByText("Không có quyền truy cập").length).toBeGreaterThan(0)
    expect(calls).toHaveLength(0)
  })
})
