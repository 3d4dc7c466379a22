import { describe, expect, it } from "vitest"
import { buyerMayCall, matchesRoutePattern, producerMayCall } from "./actor-routes"

describe("producer and store route lists", () => {
  it("matches whole segments, any value for a parameter", () => {
    expect(matchesRoutePattern("/producer/products/:id", "/producer/products/prod_1")).toBe(true)
    expect(matchesRoutePattern("/producer/products/:id", "/producer/products/prod_1/x")).toBe(false)
    expect(matchesRoutePattern("/producer/products/:id", "/PRODUCER/products/prod_1/")).toBe(true)
  })

  it("lets producers call their listed routes only", () => {
    expect(producerMayCall("GET", "/producer/products/prod_1")).toBe(true)
    expect(producerMayCall("POST", "/producer/products/prod_1/stock")).toBe(true)
    expect(producerMayCall("DELETE", "/producer/products/prod_1")).toBe(false)
    expect(producerMayCall("GET", "/producer/a-new-route")).toBe(false)
  })

  it("lets buyers read anything and write only through the storefront's routes", () => {
    expect(buyerMayCall("GET", "/store/products")).toBe(true)
    expect(buyerMayCall("POST", "/store/carts/cart_1/line-items")).toBe(true)
    expect(buyerMayCall("DELETE", "/store/customers/me/addresses/addr_1")).toBe(true)
    expect(buyerMayCall("POST", "/store/returns")).toBe(false)
    expect(buyerMayCall("POST", "/store/carts/cart_1/promotions")).toBe(false)
    expect(buyerMayCall("POST", "/store/orders/order_1/transfer/request")).toBe(false)
  })
})
