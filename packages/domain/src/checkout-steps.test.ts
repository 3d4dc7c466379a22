import { describe, expect, it } from "vitest"
import { type CheckoutCart, chosenPaymentMethod, readyToPlace, stepsDone } from "./checkout-steps"

const cart = (over: Partial<CheckoutCart> = {}): CheckoutCart => ({
  email: null,
  currency_code: "vnd",
  shipping_address: null,
  shipping_methods: [],
  ...over,
})

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
      shipping_address: { address_1: "12 Cầu Mây" },
      shipping_methods: [{ shipping_option_id: "so" }],
      metadata: { payment_method: "cod" },
    })
    expect(stepsDone(full)).toEqual({ contact: true, address: true, delivery: true, payment: true, review: false })
    expect(readyToPlace(full, [])).toBe(true)
    expect(readyToPlace({ ...full, email: "" }, [])).toBe(false)
  })

  it("asks a pickup cart only who collects it, and wants a pickup option for its delivery step", () => {
    const pickup = cart({
      shipping_address: { first_name: "Nguyễn Thị Mai", phone: "0912345678" },
      shipping_methods: [{ shipping_option_id: "so_home" }],
      metadata: { fulfilment: "pickup" },
    })
    expect(stepsDone(pickup, ["so_sapa"])).toMatchObject({ address: true, delivery: false })
    const picked = { ...pickup, shipping_methods: [{ shipping_option_id: "so_sapa" }] }
    expect(stepsDone(picked, ["so_sapa"])).toMatchObject({ address: true, delivery: true })
    // A delivery cart with a pickup method must choose again; without a phone the pickup contact is not done.
    expect(stepsDone({ ...picked, metadata: {} }, ["so_sapa"])).toMatchObject({ address: false, delivery: false })
    expect(stepsDone({ ...pickup, shipping_address: { first_name: "Mai" } }).address).toBe(false)
  })

  it("counts a VietQR transfer as chosen only in đồng", () => {
    expect(chosenPaymentMethod(cart({ metadata: { payment_method: "vietqr" } }))).toBe("vietqr")
    expect(chosenPaymentMethod(cart({ currency_code: "usd", metadata: { payment_method: "vietqr" } }))).toBeNull()
    expect(chosenPaymentMethod(cart({ currency_code: "usd", metadata: { payment_method: "cod" } }))).toBe("cod")
    expect(chosenPaymentMethod(cart({ metadata: { payment_method: "card" } }))).toBeNull()
  })
})
