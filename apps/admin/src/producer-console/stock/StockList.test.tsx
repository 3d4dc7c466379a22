import { fireEvent, screen, waitFor } from "@testing-library/react"
import { Notification, ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../../test-console"
import { StockList } from "./StockList"
import { parseQuantity } from "./VariantStock"

const product = {
  id: "prod_1",
  title: "Cam sành Bảo Thắng",
  status: "published",
  images: [],
  variants: [
    { id: "var_1", title: "Thùng 5 kg", sku: "CAM-5", price_vnd: 150000, price_usd: 650, stock: 40 },
    { id: "var_2", title: "Thùng 10 kg", sku: null, price_vnd: 280000, price_usd: 1200, stock: 12 },
  ],
  review: null,
}

describe("stock", () => {
  it("saves one packaging at once at the producer’s location", async () => {
    const { calls } = renderConsole(
      <ResourceContextProvider value="producer-stock">
        <StockList />
        <Notification />
      </ResourceContextProvider>,
      { reply: (call) => ({ json: call.method === "POST" ? { product } : { products: [product], count: 1 } }) },
    )
    const input = (await screen.findByRole("textbox", { name: "Tồn kho: Thùng 10 kg" })) as HTMLInputElement
    expect(input.value).toBe("12")
    const save = screen.getByRole("button", { name: "Lưu tồn kho Thùng 10 kg" }) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    fireEvent.change(input, { target: { value: "-3" } })
    expect(await screen.findByText("Nhập số nguyên không âm, ví dụ: 120")).toBeTruthy()
    expect(save.disabled).toBe(true)
    fireEvent.change(input, { target: { value: "25" } })
    await waitFor(() => expect(save.disabled).toBe(false))
    fireEvent.click(save)
    expect(await screen.findByText("Đã cập nhật tồn kho Thùng 10 kg")).toBeTruthy()
    const post = calls.find((c) => c.method === "POST")!
    expect(post.url.pathname).toBe("/producer/products/prod_1/stock")
    expect(post.body).toEqual({ variant_id: "var_2", quantity: 25 })
  })

  it("takes whole, non-negative quantities only", () => {
    expect(parseQuantity(" 120 ")).toBe(120)
    expect(parseQuantity("0")).toBe(0)
    expect(parseQuantity("1.5")).toBeNull()
    expect(parseQuantity("-1")).toBeNull()
    expect(parseQuantity("")).toBeNull()
  })
})
