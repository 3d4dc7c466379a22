import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { cartFixture } from "./cart-fixture"
import { placeOrder } from "./checkout.server"
import { initEnv } from "./env.server"

// A real HTTP server on loopback stands in for the backend's place route.
const hits: string[] = []
let busyLeft = 0
const server = http.createServer((req, res) => {
  hits.push(`${req.method} ${req.url} ${req.headers.authorization ?? "guest"}`)
  res.setHeader("content-type", "application/json")
  const refuse = (status: number, code: string) => {
    res.statusCode = status
    res.end(JSON.stringify({ type: "not_allowed", code, message: "…" }))
  }
  if (req.url === "/store/carts/cart_ok/place") res.end(JSON.stringify({ order: { id: "order_1" } }))
  else if (req.url === "/store/carts/cart_busy/place" && busyLeft-- > 0) refuse(409, "busy")
  else if (req.url === "/store/carts/cart_busy/place") res.end(JSON.stringify({ order: { id: "order_2" } }))
  else if (req.url === "/store/carts/cart_todo/place") refuse(400, "checkout_incomplete")
  else if (req.url === "/store/carts/cart_gone/place") refuse(400, "not_certified")
  else refuse(404, "not_found")
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test"
  initEnv()
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  hits.length = 0
})

const cart = (id: string) => cartFixture({ id })
const errorOf = (answer: unknown) => ((answer as { data: { errors: Record<string, string> } }).data?.errors ?? {})[""]

describe("placing the order from the checkout", () => {
  it("is one request, with the signed-in buyer's token, and goes to the confirmation", async () => {
    const answer = (await placeOrder(cart("cart_ok"), "vi", "jwt_1")) as Response
    expect(answer.status).toBe(302)
    expect(answer.headers.get("location")).toBe("/order/order_1/confirmed")
    expect(hits).toEqual(["POST /store/carts/cart_ok/place Bearer jwt_1"])
  })

  it("sends the same placement again while the backend says busy", { timeout: 10_000 }, async () => {
    busyLeft = 1
    const answer = (await placeOrder(cart("cart_busy"), "vi")) as Response
    expect(answer.headers.get("location")).toBe("/order/order_2/confirmed")
    expect(hits).toEqual(["POST /store/carts/cart_busy/place guest", "POST /store/carts/cart_busy/place guest"])
  })

  it("says what to do from the refusal's code, in the buyer's language", async () => {
    expect(errorOf(await placeOrder(cart("cart_todo"), "en"))).toBe(
      "Please complete the steps above before placing the order.",
    )
    expect(errorOf(await placeOrder(cart("cart_gone"), "vi"))).toBe(
      "Chưa đặt được hàng: Sản phẩm này không có chứng nhận OCOP hiệu lực nên không thể mua.",
    )
  })
})
