import { describe, expect, it } from "vitest"
import { translate } from "./index"
import { getLocale, langCookie, returnPath, safeRedirectPath, switchLanguage } from "./locale.server"

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request("http://shop.test/language", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
  })
}

describe("language switch", () => {
  it("sets a year-long lang cookie and redirects back to the page", async () => {
    const response = await switchLanguage(post({ lang: "en", redirectTo: "/products?stars=4&page=2" }))
    expect(response.status).toBe(302)
    expect(response.headers.get("Location")).toBe("/products?stars=4&page=2")
    const setCookie = response.headers.get("Set-Cookie") ?? ""
    expect(setCookie).toMatch(/^lang=/)
    expect(setCookie).toMatch(/Max-Age=31536000/)
    expect(setCookie).toMatch(/Path=\//)
    expect(await langCookie.parse(setCookie)).toBe("en")
  })

  it("falls back to Vietnamese for an unknown language", async () => {
    const response = await switchLanguage(post({ lang: "fr", redirectTo: "/" }))
    expect(await langCookie.parse(response.headers.get("Set-Cookie"))).toBe("vi")
  })

  it("uses a same-origin Referer when the form has no redirectTo", async () => {
    const request = post({ lang: "vi" }, { Referer: "http://shop.test/producers?page=2" })
    expect(returnPath(request, null)).toBe("/producers?page=2")
    const foreign = post({ lang: "vi" }, { Referer: "http://evil.test/phish" })
    expect(returnPath(foreign, null)).toBe("/")
  })

  it("refuses open redirects", () => {
    expect(safeRedirectPath("//evil.test")).toBe("/")
    expect(safeRedirectPath("https://evil.test")).toBe("/")
    expect(safeRedirectPath("/\\evil.test")).toBe("/")
    expect(safeRedirectPath("/ok\nSet-Cookie: x")).toBe("/")
    expect(safeRedirectPath("/verify/LC-1")).toBe("/verify/LC-1")
  })

  it("reads the remembered language, defaulting to Vietnamese", async () => {
    const cookie = await langCookie.serialize("en")
    expect(await getLocale(new Request("http://shop.test/", { headers: { Cookie: cookie } }))).toBe("en")
    expect(await getLocale(new Request("http://shop.test/"))).toBe("vi")
    const bogus = await langCookie.serialize("xx")
    expect(await getLocale(new Request("http://shop.test/", { headers: { Cookie: bogus } }))).toBe("vi")
  })
})

describe("translate", () => {
  it("fills placeholders in the chosen language", () => {
    expect(translate("vi", "stars.aria", { stars: 4 })).toBe("Sản phẩm OCOP 4 sao")
    expect(translate("en", "stars.aria", { stars: 4 })).toBe("OCOP product, 4 stars")
  })
})
