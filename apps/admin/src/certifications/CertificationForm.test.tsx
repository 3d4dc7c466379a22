import { fireEvent, screen, waitFor } from "@testing-library/react"
import { CreateBase } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { CertificationForm } from "./CertificationForm"

// The product picker lists OCOP products (/admin/ocop-products); picking one reads it back by id.
const product = { id: "prod_1", title: "Nấm hương Sa Pa", handle: "nam-huong-sa-pa" }
const products = { ocop_products: [product], products: [product], count: 1 }

const fiveStarsFromProvince = {
  product_id: "prod_1",
  star_level: 5,
  score: 80,
  issuing_level: "provincial",
  certificate_number: "GCN-2021-001",
  decision_number: "1234/QĐ-UBND",
  decision_date: "2021-09-15",
  valid_from: "2021-09-15",
}

function renderForm(defaultValues: Record<string, unknown>) {
  return renderAdmin(
    <CreateBase resource="certifications">
      <CertificationForm defaultValues={defaultValues} />
    </CreateBase>,
    {
      reply: (call) =>
        call.method === "GET"
          ? { json: products }
          : { json: { certification: { id: "cert_9", ...(call.body as object) } } },
    },
  )
}

describe("CertificationForm", () => {
  it("shows the domain's errors next to the fields and sends nothing", async () => {
    const { container, calls } = renderForm(fiveStarsFromProvince)
    await screen.findByDisplayValue("Nấm hương Sa Pa")
    fireEvent.submit(container.querySelector("form")!)
    expect(await screen.findByText("Điểm đánh giá không khớp với hạng sao")).toBeTruthy()
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0)
  })

  it("asks for the national council on a 5-star certificate", async () => {
    const { container } = renderForm({ ...fiveStarsFromProvince, score: 92 })
    await screen.findByDisplayValue("Nấm hương Sa Pa")
    fireEvent.submit(container.querySelector("form")!)
    expect(await screen.findByText("Sản phẩm 5 sao phải do Hội đồng cấp Trung ương công nhận")).toBeTruthy()
  })

  it("creates a valid certificate without the empty valid_until", async () => {
    const { container, calls } = renderForm({ ...fiveStarsFromProvince, score: 92, issuing_level: "national" })
    await screen.findByDisplayValue("Nấm hương Sa Pa")
    fireEvent.submit(container.querySelector("form")!)
    await waitFor(() => expect(calls.some((c) => c.method === "POST")).toBe(true))
    const post = calls.find((c) => c.method === "POST")!
    expect(post.url.pathname).toBe("/admin/certifications")
    expect(post.body).toEqual({ ...fiveStarsFromProvince, score: 92, issuing_level: "national" })
  })
})
