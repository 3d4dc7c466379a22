import { describe, expect, it } from "vitest"
import { cartFixture as cart } from "./cart-fixture"
import { moneyLabel } from "./cart-format"
import { addressValues, stepsDone } from "./checkout-steps"

describe("stepsDone", () => {
  it("follows what the Medusa cart already holds", () => {
    expect(stepsDone(cart())).toEqual({
      contact: false,
      address: false,
      delivery: false,
      payment: false,
      review: false,
    })
    const full = cart({
      email: "mai@example.vn",
      shipping_address: { address_1: "12 Cầu Mây", country_code: "vn" },
      shipping_methods: [{ id: "sm", name: "x", amount: 0, shipping_option_id: "so" }],
      metadata: { payment_method: "cod" },
    })
    expect(stepsDone(full)).toEqual({ contact: true, address: true, delivery: true, payment: true, review: false })
  })

  it("asks a pickup cart only who collects it, and wants a pickup option for its delivery step", () => {
    const pickup = cart({
      shipping_address: { first_name: "Nguyễn Thị Mai", phone: "0912345678", country_code: "vn" },
      shipping_methods: [{ id: "sm", name: "Giao hàng", amount: 30000, shipping_option_id: "so_home" }],
      metadata: { fulfilment: "pickup" },
    })
    expect(stepsDone(pickup, ["so_sapa"])).toMatchObject({ address: true, delivery: false })
    const picked = {
      ...pickup,
      shipping_methods: [{ id: "sm", name: "Nhận tại Sa Pa", amount: 0, shipping_option_id: "so_sapa" }],
    }
    expect(stepsDone(picked, ["so_sapa"])).toMatchObject({ address: true, delivery: true })
    // A delivery cart with a pickup method must choose again; without a phone the pickup contact is not done.
    expect(stepsDone({ ...picked, metadata: {} }, ["so_sapa"])).toMatchObject({ address: false, delivery: false })
    expect(stepsDone({ ...pickup, shipping_address: { first_name: "Mai", country_code: "vn" } }).address).toBe(false)
  })
})

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
