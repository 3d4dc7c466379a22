import { fireEvent, screen, within } from "@testing-library/react"
import { Notification, RecordContextProvider, ResourceContextProvider, usePermissions } from "react-admin"
import { describe, expect, it } from "vitest"
import type { ProductReviewRecord } from "../providers/product-reviews"
import { renderConsole } from "../test-console"
import { DecisionButtons } from "./DecisionButtons"
import { ReviewChanges } from "./ReviewChanges"

const review: ProductReviewRecord = {
  id: "rev_1",
  product_id: "prod_1",
  product_title: "Cam sành Bảo Thắng",
  producer_id: "pdcr_1",
  producer_name: "HTX Cam quýt Bảo Thắng",
  kind: "update",
  status: "pending",
  changes: {
    title: "Cam sành loại 1",
    origin_district: "bao-thang",
    images: ["https://cdn/cam-moi.jpg"],
    variants: [{ id: "var_1", title: "Thùng 5 kg", price_vnd: 160000, price_usd: 700 }],
  },
  current: {
    title: "Cam sành Bảo Thắng",
    origin_district: "bao-thang",
    images: [],
    variants: [{ id: "var_1", title: "Thùng 5 kg", price_vnd: 150000, price_usd: 650 }],
  },
  comment: null,
  submitted_by: "nguyen.hung@example.vn",
  submitted_at: "2026-11-20T03:00:00Z",
  reviewed_by: null,
  reviewed_at: null,
}

/** Shows the permissions once loaded, so a test can tell "no button" from "not loaded yet". */
function PermissionsLoaded() {
  const { permissions, isPending } = usePermissions()
  return isPending ? null : <span>{`loaded:${String(permissions)}`}</span>
}

function renderReview(permissions: string, record: ProductReviewRecord = review) {
  return renderConsole(
    <ResourceContextProvider value="product-reviews">
      <RecordContextProvider value={record}>
        <PermissionsLoaded />
        <DecisionButtons />
        <ReviewChanges />
      </RecordContextProvider>
      <Notification />
    </ResourceContextProvider>,
    { permissions, reply: () => ({ json: { product_review: { ...record, status: "approved" } } }) },
  )
}

describe("a review, before and after", () => {
  it("shows only the changed fields, the live value beside the proposed one, prices in VND and USD", () => {
    renderReview("ocop_office")
    const rows = screen.getAllByRole("row")
    const title = rows.find((r) => within(r).queryByText("Tên sản phẩm"))!
    expect(within(title).getByText("Cam sành Bảo Thắng")).toBeTruthy()
    expect(within(title).getByText("Cam sành loại 1")).toBeTruthy()
    // The district did not change: the reviewer is not asked to read it.
    expect(screen.queryByText("Huyện, thị xã, thành phố")).toBeNull()
    expect(screen.getByText("150.000 ₫")).toBeTruthy()
    expect(screen.getByText("160.000 ₫")).toBeTruthy()
    expect(screen.getByText("$7.00")).toBeTruthy()
    expect(screen.getByRole("img", { name: "Ảnh 1" }).getAttribute("src")).toBe("https://cdn/cam-moi.jpg")
    expect(screen.getByText("(trống)")).toBeTruthy()
  })

  it("shows a new product without a live column", () => {
    renderReview("ocop_office", { ...review, kind: "create", current: null })
    expect(screen.queryByRole("columnheader", { name: "Đang bán" })).toBeNull()
    expect(screen.getByRole("columnheader", { name: "Nội dung đề nghị" })).toBeTruthy()
    expect(screen.getByText("Huyện Bảo Thắng")).toBeTruthy()
  })
})

describe("deciding on a review", () => {
  it("approves after a confirmation, with an optional comment", async () => {
    const { calls } = renderReview("ocop_office")
    fireEvent.click(await screen.findByRole("button", { name: "Duyệt" }))
    const dialog = await screen.findByRole("dialog", { name: 'Duyệt "Cam sành Bảo Thắng" của HTX Cam quýt Bảo Thắng?' })
    expect(calls).toHaveLength(0)
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Ý kiến (không bắt buộc)" }), {
      target: { value: "Ảnh rõ, giá hợp lý" },
    })
    fireEvent.click(within(dialog).getByRole("button", { name: "Duyệt" }))
    expect(await screen.findByText("Đã duyệt thay đổi")).toBeTruthy()
    expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([
      ["POST", "/admin/product-reviews/rev_1/approve", { comment: "Ảnh rõ, giá hợp lý" }],
    ])
  })

  it("rejects only with a reason", async () => {
    const { calls } = renderReview("ocop_office")
    fireEvent.click(await screen.findByRole("button", { name: "Từ chối" }))
    const dialog = await screen.findByRole("dialog")
    fireEvent.click(within(dialog).getByRole("button", { name: "Từ chối" }))
    expect(await within(dialog).findByText("Hãy ghi lý do để chủ thể biết cần sửa gì")).toBeTruthy()
    expect(calls).toHaveLength(0)
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Lý do từ chối/ }), {
      target: { value: "Ảnh không phải cam sành" },
    })
    fireEvent.click(within(dialog).getByRole("button", { name: "Từ chối" }))
    expect(await screen.findByText("Đã từ chối thay đổi")).toBeTruthy()
    expect(calls.map((c) => [c.url.pathname, c.body])).toEqual([
      ["/admin/product-reviews/rev_1/reject", { comment: "Ảnh không phải cam sành" }],
    ])
  })

  it("offers no decision to trade promotion", async () => {
    renderReview("trade_promotion")
    expect(await screen.findByText("loaded:trade_promotion")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Duyệt" })).toBeNull()
  })

  it("offers no decision on a review already decided", async () => {
    renderReview("ocop_office", { ...review, status: "approved" })
    expect(await screen.findByText("loaded:ocop_office")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Duyệt" })).toBeNull()
    expect(screen.queryByRole("button", { name: "Từ chối" })).toBeNull()
  })
})
