import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { initEnv } from "./env.server"
import { BackendUnavailable, clearBackendCache, pickupPoints, storeCall } from "./medusa.server"

// A real HTTP server on loopback stands in for the backend: the client's own code does the rest.
const hits: string[] = []
const server = http.createServer((req, res) => {
  hits.push(`${req.method} ${req.url} ${req.headers["x-publishable-api-key"]} ${req.headers["accept-language"]}`)
  res.setHeader("content-type", "application/json")
  if (req.url === "/store/pickup-points") {
    res.end(JSON.stringify({ pickup_points: [{ code: "SAPA", shipping_option_ids: ["so_1"] }] }))
  } else if (req.url === "/store/catalogue/gone") {
    res.statusCode = 404
    res.end(JSON.stringify({ type: "not_found", message: "Không tìm thấy" }))
  } else if (req.url === "/store/carts/c1/line-items") {
    res.statusCode = 400
    res.end(JSON.stringify({ type: "not_allowed", code: "not_certified", message: "Không thể mua" }))
  } else {
    res.statusCode = 500
    res.end(JSON.stringify({ message: "boom" }))
  }
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
  clearBackendCache()
})

describe("the storefront's backend client", () => {
  it("answers a refusal with the backend's domain error code and message, in the buyer's language", async () => {
    const result = await storeCall("/store/carts/c1/line-items", { body: { quantity: 1 }, locale: "en" })
    expect(result).toEqual({ ok: false, status: 400, code: "not_certified", message: "Không thể mua" })
    expect(hits).toEqual(["POST /store/carts/c1/line-items pk_test en"])
  })

  it("turns a server failure into BackendUnavailable, the retry page", async () => {
    await expect(storeCall("/store/anything")).rejects.toBeInstanceOf(BackendUnavailable)
  })

  it("reads with GET on kept-alive connections, also after the backend closed the idle ones", async () => {
    expect(await storeCall("/store/catalogue/gone", { locale: "en" })).toEqual({
      ok: false,
      status: 404,
      message: "Không tìm thấy",
      code: undefined,
    })
    server.closeIdleConnections()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await storeCall("/store/pickup-points")).toMatchObject({ ok: true })
    await expect(storeCall("/store/anything")).rejects.toBeInstanceOf(BackendUnavailable)
    expect(hits).toEqual([
      "GET /store/catalogue/gone pk_test en",
      "GET /store/pickup-points pk_test vi",
      "GET /store/anything pk_test vi",
    ])
  })

  it("reads pickup points once for the steps of a purchase", async () => {
    const steps = [await pickupPoints(), await pickupPoints(), await pickupPoints()]
    expect(steps.every((points) => points[0]?.code === "SAPA")).toBe(true)
    expect(hits).toEqual(["GET /store/pickup-points pk_test vi"])
  })

  it("reads the backend every time with OCOP_CATALOGUE_CACHE=off (benchmarks of uncached pages)", async () => {
    process.env.OCOP_CATALOGUE_CACHE = "off"
    initEnv()
    try {
      await pickupPoints()
      await pickupPoints()
      expect(hits).toEqual(["GET /store/pickup-points pk_test vi", "GET /store/pickup-points pk_test vi"])
    } finally {
      delete process.env.OCOP_CATALOGUE_CACHE
      initEnv()
    }
  })
})
