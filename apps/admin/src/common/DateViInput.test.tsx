import { describe, expect, it } from "vitest"
import { formatDateInput, parseDateInput } from "./DateViInput"
import { formatDateSafe } from "./DateViField"
import { formatVndSafe } from "./VndField"

describe("DateViInput conversions", () => {
  it("round-trips a day between dd/mm/yyyy and ISO", () => {
    expect(parseDateInput("15/09/2021")).toBe("2021-09-15")
    expect(parseDateInput("1/9/2021")).toBe("2021-09-01")
    expect(formatDateInput("2021-09-15")).toBe("15/09/2021")
    expect(formatDateInput(parseDateInput("29/02/2024"))).toBe("29/02/2024")
  })

  it("keeps partial or impossible text for the validator to flag", () => {
    expect(parseDateInput("15/09/20")).toBe("15/09/20")
    expect(parseDateInput("31/02/2021")).toBe("31/02/2021")
    expect(formatDateInput("15/09/20")).toBe("15/09/20")
    expect(parseDateInput("  ")).toBeNull()
    expect(formatDateInput(null)).toBe("")
  })

  it("shows an API timestamp as its Vietnam calendar day", () => {
    expect(formatDateInput("2021-09-14T18:00:00.000Z")).toBe("15/09/2021")
  })
})

describe("display helpers", () => {
  it("formats dates and VND, never crashing on odd values", () => {
    expect(formatDateSafe("2021-09-15")).toBe("15/09/2021")
    expect(formatDateSafe("not a date")).toBe("not a date")
    expect(formatDateSafe(null)).toBe("")
    expect(formatVndSafe(150000)).toBe("150.000\u00a0₫")
    expect(formatVndSafe(1.5)).toBe("1.5")
  })
})
