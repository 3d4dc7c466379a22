import { fireEvent, screen } from "@testing-library/react"
import type { PayoutStatement } from "@ocop/domain"
import { describe, expect, it } from "vitest"
import { renderConsole } from "../test-console"
import type { PayoutApi } from "./api"
import { PayoutStatementView } from "./PayoutStatementView"

const statement: PayoutStatement = {
  producer: {
    id: "pdcr_1",
    name: "HTX Chè Mường Khương",
    registration_number: "R1",
    district: "muong-khuong",
    commune: "Xã Mường Khương",
  },
  from: "2026-11-01",
  to: "2026-11-30",
  consignment: {
    lines: [
      {
        product_id: "prod_1",
        title: "Chè Shan tuyết",
        units_sold: 3,
        sold: 300_000,
        units_returned: 1,
        returned: 100_000,
        owed: 200_000,
      },
    ],
    totals: { units_sold: 3, sold: 300_000, units_returned: 1, returned: 100_000, owed: 200_000 },
  },
  support: {
    lines: [
      {
        certification_id: "c1",
        certificate_number: "GCN-1",
        product_id: "prod_1",
        title: "Chè Shan tuyết",
        star_level: 3,
        decision_date: "2026-11-05",
        due: 15_000_000,
        paid: 15_000_000,
        paid_on: "2026-11-20",
        reference: null,
      },
      {
        certification_id: "c2",
        certificate_number: "GCN-2",
        product_id: "prod_2",
        title: "Trà túi lọc",
        star_level: 4,
        decision_date: "2026-11-06",
        due: 30_000_000,
        paid: 0,
        paid_on: null,
        reference: null,
      },
    ],
    due: 45_000_000,
    paid: 15_000_000,
    outstanding: 30_000_000,
  },
  total_owed: 30_200_000,
}

describe("PayoutStatementView", () => {
  it("shows the consignment and support figures, and a pay button on unpaid support only", async () => {
    const paid: string[] = []
    renderConsole(
      <PayoutStatementView
        statement={statement}
        api={{} as PayoutApi}
        producerId="pdcr_1"
        onPay={(id) => paid.push(id)}
      />,
      { permissions: "ocop_office" },
    )
    expect(await screen.findByText(/HTX Chè Mường Khương/)).toBeTruthy()
    expect(screen.getAllByText(/200\.000\s₫/).length).toBeGreaterThan(0)
    expect(screen.getByText(/Tổng phải trả: 30\.200\.000\s₫/)).toBeTruthy()
    const buttons = screen.getAllByRole("button", { name: "Ghi nhận đã chi" })
    expect(buttons).toHaveLength(1)
    fireEvent.click(buttons[0]!)
    expect(paid).toEqual(["c2"])
  })
})
