import { screen, within } from "@testing-library/react"
import { ResourceContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../../test-console"
import { ProducerLeadList } from "./LeadList"

const lead = {
  id: "lead_1",
  company: "Công ty CP Thực phẩm Sạch Hà Nội",
  contact_name: "Phạm Minh Tuấn",
  phone: "0912345678",
  email: null,
  products: [{ product_id: "prod_cam", title: "Cam sành Bảo Thắng" }],
  volume: "2 tấn mỗi tháng",
  status: "negotiating",
  note: null,
  event: { id: "tev_1", handle: "tuan-le", name: "Tuần lễ OCOP Lào Cai tại Hà Nội", starts_at: "", ends_at: "" },
}

function render(leads: unknown[]) {
  return renderConsole(
    <ResourceContextProvider value="producer-leads">
      <ProducerLeadList />
    </ResourceContextProvider>,
    { reply: () => ({ json: { leads, count: leads.length } }) },
  )
}

describe("a producer's leads", { timeout: 20_000 }, () => {
  it("lists its leads with company, contact, event, products, volume and follow-up", async () => {
    const { calls } = render([lead])
    const row = (await screen.findByText(lead.company)).closest("tr")!
    expect(within(row).getByText("Phạm Minh Tuấn · 0912345678")).toBeTruthy()
    expect(within(row).getByText("Tuần lễ OCOP Lào Cai tại Hà Nội")).toBeTruthy()
    expect(within(row).getByText("Cam sành Bảo Thắng")).toBeTruthy()
    expect(within(row).getByText("2 tấn mỗi tháng")).toBeTruthy()
    expect(within(row).getByText("Đang đàm phán")).toBeTruthy()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/producer/leads"])
  })

  it("says what belongs here when there is none", async () => {
    render([])
    expect(
      await screen.findByText("Chưa có khách hàng tiềm năng nào hỏi về sản phẩm của bạn tại các sự kiện."),
    ).toBeTruthy()
  })
})
