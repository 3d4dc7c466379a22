import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { applySecurityHeaders, contentSecurityPolicy, isSameSitePost } from "./security-headers.server"

const STORE = "https://ocop.laocai.example"
const post = (headers: Record<string, string>, url = "http://127.0.0.1:3000/cart") =>
  new Request(url, { method: "POST", headers })

describe("cross-site form posts", () => {
  it("takes posts from our own pages and refuses other sites", () => {
    expect(isSameSitePost(post({ "sec-fetch-site": "same-origin", cookie: "cart=c1" }), STORE)).toBe(true)
    expect(isSameSitePost(post({ "sec-fetch-site": "cross-site", cookie: "cart=c1" }), STORE)).toBe(false)
    expect(isSameSitePost(post({ "sec-fetch-site": "same-site", cookie: "cart=c1" }), STORE)).toBe(false)
    // Behind the TLS proxy: the browser names the public origin, the request arrives as http.
    expect(isSameSitePost(post({ origin: STORE, cookie: "cart=c1" }), STORE)).toBe(true)
    expect(isSameSitePost(post({ origin: "https://evil.example", cookie: "cart=c1" }), STORE)).toBe(false)
    expect(isSameSitePost(post({ cookie: "customer=t" }), STORE)).toBe(false)
    expect(isSameSitePost(post({}), STORE)).toBe(true)
  })

  it("is the first thing every form action of the storefront does", async () => {
    const routesDir = path.resolve(__dirname, "../routes")
    // a route is a file, or a folder whose route module is route.tsx
    const withActions = fs
      .readdirSync(routesDir, { withFileTypes: true })
      .map((entry) => (entry.isDirectory() ? path.join(entry.name, "route.tsx") : entry.name))
      .filter((file) => fs.existsSync(path.join(routesDir, file)))
      .filter((file) =>
        /export (async )?(function|const) action\b/.test(fs.readFileSync(path.join(routesDir, file), "utf8")),
      )
    expect(withActions.length).toBeGreaterThanOrEqual(7)
    for (const file of withActions) {
      const route = (await import(/* @vite-ignore */ path.join(routesDir, file))) as {
        action: (args: { request: Request; params: object; context: object }) => Promise<unknown>
      }
      const request = post({ "sec-fetch-site": "cross-site", cookie: "cart=c1; customer=t" })
      const outcome = await route.action({ request, params: {}, context: {} }).then(
        (value) => value,
        (thrown: unknown) => thrown,
      )
      expect(outcome instanceof Response ? outcome.status : outcome, file).toBe(403)
    }
  }, 120_000)
})

describe("security headers", () => {
  it("runs only our scripts with this response's nonce and lets nobody frame the shop", () => {
    const csp = contentSecurityPolicy("abc123", "http://localhost:9000")
    expect(csp).toContain("script-src 'self' 'nonce-abc123'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain("img-src 'self' data: https: http://localhost:9000")
  })

  it("keeps a buyer's pages out of shared caches", () => {
    const headers = (url: string, cookie?: string) => {
      const h = new Headers({ "Cache-Control": "public, max-age=60" })
      applySecurityHeaders(h, new Request(url, { headers: cookie ? { cookie } : {} }), {
        nonce: "n",
        backendUrl: "http://localhost:9000",
        production: true,
      })
      return h
    }
    expect(headers("http://shop/account/orders/o1").get("cache-control")).toBe("private, no-store")
    expect(headers("http://shop/checkout").get("cache-control")).toBe("private, no-store")
    expect(headers("http://shop/products/mat-ong", "lang=vi; cart=cart_1").get("cache-control")).toBe(
      "private, no-cache",
    )
    const anonymous = headers("http://shop/products/mat-ong", "lang=vi")
    expect(anonymous.get("cache-control")).toBe("public, max-age=60")
    expect(anonymous.get("x-content-type-options")).toBe("nosniff")
    expect(anonymous.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(anonymous.get("content-security-policy")).toContain("nonce-n")
    // The reset link's one-time token is in the address: never cached, never sent on as a Referer.
    const reset = headers("http://shop/account/reset-password?token=t&email=mai%40example.vn")
    expect(reset.get("cache-control")).toBe("private, no-store")
    expect(reset.get("referrer-policy")).toBe("no-referrer")
  })
})
