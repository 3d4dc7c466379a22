import { describe, expect, it } from "vitest"
import { moneyLabel } from "./cart-format"
import { addressValues } from "./checkout-steps"

describe("addressValues", () => {
  it("reads a Vietnamese address back into the form's two-level fields", () => {
    const address = {
      first_name: "Nguyễn Thị Mai",
      last_name: "",
      phone: "0912345678",
      address_1: "12 Cầu Mây",
      city: "Phường Sa Pa",
      province: "Lào Cai",
      country_code: "vn",
    }
    expect(addressValues(address, true)).toEqual({
      fulfilment: "delivery",
      full_name: "Nguyễn Thị Mai",
      phone: "0912345678",
      street: "12 Cầu Mây",
      commune: "Phường Sa Pa",
      province: "Lào Cai",
    })
    expect(addressValues(null, true)).toEqual({ fulfilment: "delivery" })
    expect(addressValues(null, false)).toEqual({})
  })

  it("shows a pickup buyer only their name and phone, not the showroom's address", () => {
    const showroom = {
      first_name: "Nguyễn Thị Mai",
      phone: "0912345678",
      address_1: "Điểm bán OCOP Sa Pa",
      city: "Phường Sa Pa",
      province: "Lào Cai",
      country_code: "vn",
    }
    expect(addressValues(showroom, true, "pickup")).toEqual({
      fulfilment: "pickup",
      full_name: "Nguyễn Thị Mai",
      phone: "0912345678",
    })
  })
})

describe("moneyLabel", () => {
  it("shows whole đồng and whole cents", () => {
    expect(moneyLabel(25454.545454, "vnd", "vi").replace(/\s/gu, " ")).toBe("25.455 ₫")
    expect(moneyLabel(5.604, "usd", "en")).toBe("$5.60")
  })
})
