import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { EditBase } from "react-admin"
import { describe, expect, it } from "vitest"
import type { RecordedCall } from "../providers/test-fetch"
import { renderAdmin } from "../test-utils"
import { ProductForm } from "./ProductForm"

const product = {
  id: "prod_1",
  title: "Chè Shan tuyết Bản Liền",
  handle: "che-shan-tuyet",
  status: "published",
  variants: [
    {
      id: "variant_1",
      title: "Hộp 100 g",
      sku: "CHE-100",
      manage_inventory: true,
      prices: [
        { currency_code: "vnd", amount: 120000, rules: {} },
        { currency_code: "usd", amount: 4.8, rules: {} },
      ],
    },
    {
      id: "variant_2",
      title: "Hộp 200 g",
      sku: "CHE-200",
      manage_inventory: true,
      prices: [{ currency_code: "vnd", amount: 220000, rules: {} }],
    },
  ],
}
const ocop = {
  producer: { id: "pdcr_1" },
  profile: { product_group: "beverage", origin_district: "bac-ha" },
  star_level: 4,
}

function reply(call: RecordedCall) {
  if (call.url.pathname.endsWith("/ocop")) return { json: { product: ocop } }
  if (call.url.pathname === "/admin/producers")
    return { json: { producers: [{ id: "pdcr_1", name: "HTX Chè Bản Liền" }], count: 1 } }
  if (call.url.pathname.endsWith("/ocop/variants")) return { json: { variants: [] } }
  return { json: { product } }
}

describe("ProductForm when editing", () => {
  it("adds a packaging with VND and USD prices and removes a saved one after a confirmation, in one batch", async () => {
    const { calls } = renderAdmin(
      <EditBase resource="products" id="prod_1" mutationMode="pessimistic">
        <ProductForm />
      </EditBase>,
      { role: "ocop_office", reply },
    )
    expect(await screen.findByDisplayValue("Hộp 200 g", {}, { timeout: 10_000 })).toBeTruthy()
    expect(screen.getAllByRole("textbox", { name: "Giá (USD)" }).map((i) => (i as HTMLInputElement).value)).toEqual([
      "4.80",
      "",
    ])

    fireEvent.click(await screen.findByRole("button", { name: "Thêm" }))
    await waitFor(() => expect(screen.getAllByRole("textbox", { name: "Quy cách" })).toHaveLength(3))
    fireEvent.change(screen.getAllByRole("textbox", { name: "Quy cách" })[2]!, { target: { value: "Túi 500 g" } })
    fireEvent.change(screen.getAllByRole("textbox", { name: "Giá (VND)" })[2]!, { target: { value: "450.000" } })
    fireEvent.change(screen.getAllByRole("textbox", { name: "Giá (USD)" })[2]!, { target: { value: "18,5" } })

    // The iterator shows its row buttons on hover only: hidden to role queries, found by their label.
    fireEvent.click(screen.getAllByLabelText("Xoá quy cách")[1]!)
    const confirm = await screen.findByRole("dialog")
    expect(within(confirm).getByText('Xoá quy cách "Hộp 200 g"?')).toBeTruthy()
    fireEvent.click(within(confirm).getByRole("button", { name: /Xác nhận/ }))
    await waitFor(() => expect(screen.queryByDisplayValue("Hộp 200 g")).toBeNull())

    fireEvent.click(screen.getByRole("button", { name: "Lưu" }))
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    const posts = calls.filter((c) => c.method === "POST")
    expect(posts.map((c) => c.url.pathname)).toEqual(["/admin/products/prod_1/ocop/variants"])
    expect(posts[0]?.body).toEqual({
      create: [{ title: "Túi 500 g", sku: null, price_vnd: 450000, price_usd: 1850, manage_inventory: true }],
      update: [],
      delete: ["variant_2"],
    })
  }, 30_000)

  it("refuses a USD price it would have to guess, before anything is sent", async () => {
    const { calls } = renderAdmin(
      <EditBase resource="products" id="prod_1" mutationMode="pessimistic">
        <ProductForm />
      </EditBase>,
      { role: "ocop_office", reply },
    )
    const usd = (await screen.findAllByRole("textbox", { name: "Giá (USD)" }, { timeout: 10_000 }))[1]!
    fireEvent.change(usd, { target: { value: "1.500" } })
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }))
    expect(await screen.findByText("Giá USD không hợp lệ, ví dụ: 6.40")).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  }, 30_000)
})
