import { screen, waitFor } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { renderAdmin } from "../test-utils"
import { Dashboard } from "./Dashboard"

describe("Dashboard", () => {
  it("shows the counts from the list endpoints", async () => {
    const { calls } = renderAdmin(<Dashboard />, {
      reply: (call) => {
        const url = call.url
        if (url.pathname === "/admin/producers") return { json: { producers: [{ id: "p" }], count: 41 } }
        if (url.pathname === "/admin/product-reviews") return { json: { product_reviews: [{ id: "r" }], count: 7 } }
        const expiring = url.searchParams.get("expiring_within_days") === "90"
        return { json: { certifications: [{ id: "c" }], count: expiring ? 3 : 1234 } }
      },
    })
    expect(await screen.findByText("41")).toBeTruthy()
    expect(await screen.findByText("1.234")).toBeTruthy()
    expect(await screen.findByText("3")).toBeTruthy()
    expect(await screen.findByText("7")).toBeTruthy()
    expect(screen.getByRole("region", { name: "Sản phẩm chờ duyệt" })).toBeTruthy()
    expect(screen.getByText(/Chào mừng/)).toBeTruthy()
    // limit=1: only the count is needed
    expect(calls.every((c) => c.url.searchParams.get("limit") === "1")).toBe(true)
  })

  it("shows a dash when an endpoint does not exist yet", async () => {
    renderAdmin(<Dashboard />, {
      reply: (call) =>
        call.url.pathname === "/admin/producers"
          ? { json: { producers: [], count: 0 } }
          : { status: 404, json: { type: "not_found", message: "Cannot GET /admin/certifications" } },
    })
    await waitFor(() => expect(screen.getAllByText("—")).toHaveLength(3))
    expect(await screen.findByText("0")).toBeTruthy()
    expect(screen.getAllByText("Chưa có dữ liệu").length).toBeGreaterThan(0)
  })

  it("shows trade-promotion staff no certificate figures and never asks for them", async () => {
    const { calls } = renderAdmin(<Dashboard />, {
      role: "trade_promotion",
      reply: () => ({ json: { producers: [{ id: "p" }], count: 41 } }),
    })
    expect(await screen.findByText("41")).toBeTruthy()
    expect(screen.queryByText("Giấy chứng nhận còn hiệu lực")).toBeNull()
    // Nor the review queue: trade promotion reads the register but does not decide on it.
    expect(screen.queryByText("Sản phẩm chờ duyệt")).toBeNull()
    expect(calls.every((c) => c.url.pathname === "/admin/producers")).toBe(true)
  })
})
