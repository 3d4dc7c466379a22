import { describe, expect, it } from "vitest"
import { eventFromForm } from "./EventForm"

describe("eventFromForm", () => {
  it("sends only what the update route takes: budget lines lose the spending the answer carried", () => {
    const sent = eventFromForm({
      id: "tev_1",
      name: "Hội chợ",
      timing: "coming",
      next_statuses: ["open"],
      spent_total: 5,
      budget_lines: [
        { id: "tebl_1", kind: "transport", label: null, amount: 100, spent: 5, spendings: [{ id: "tesp_1" }] },
        { kind: "printing", label: "Tờ rơi", amount: 20 },
      ],
    })
    expect(sent).toEqual({
      name: "Hội chợ",
      budget_lines: [
        { id: "tebl_1", kind: "transport", label: null, amount: 100 },
        { kind: "printing", label: "Tờ rơi", amount: 20 },
      ],
    })
  })
})
