import { expect, test } from "@playwright/test"
import { catalogue, producer, producers, productDetail, productWithLapsedCertificate } from "../support/store-api"

test.describe("product and producer pages", () => {
  test("a certified product shows its star badge and a certificate number that links to /verify", async ({
    page,
    request,
  }) => {
    const [card] = (await catalogue(request, "stars=4&limit=1")).products
    expect(card, "the demo data has a 4★ product").toBeDefined()
    const product = await productDetail(request, card!.handle)
    const certificate = product.certificate!
    expect(certificate.status).toBe("valid")

    await page.goto(`/products/${product.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
    await expect(page.locator(".product-info").getByRole("img", { name: "Sản phẩm OCOP 4 sao" })).toBeVisible()
    const panel = page.getByRole("region", { name: "Chứng nhận OCOP" })
    await expect(panel).toContainText(certificate.certificate_number)
    await expect(panel).toContainText(certificate.decision_number)
    await expect(page.getByRole("button", { name: "Thêm vào giỏ" })).toBeVisible()

    const verifyLink = panel.getByRole("link", { name: /Xác thực chứng nhận này/ })
    await expect(verifyLink).toHaveAttribute("href", `/verify/${encodeURIComponent(certificate.certificate_number)}`)
    await verifyLink.click()
    await expect(page).toHaveURL(new RegExp(`/verify/${encodeURIComponent(certificate.certificate_number)}$`))
    await expect(page.getByRole("heading", { name: "Chứng nhận còn hiệu lực" })).toBeVisible()
  })

  for (const [status, notice] of [
    ["expired", "Chứng nhận OCOP của sản phẩm này đã hết hạn — sản phẩm tạm ngừng bán."],
    ["revoked", "Chứng nhận OCOP của sản phẩm này đã bị thu hồi — sản phẩm tạm ngừng bán."],
  ] as const) {
    test(`a product whose certificate was ${status} cannot be bought and loses its badge`, async ({
      page,
      request,
    }) => {
      const product = await productWithLapsedCertificate(request, status)
      expect(product.is_purchasable).toBe(false)

      const response = await page.goto(`/products/${product.handle}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
      await expect(page.getByText(notice)).toBeVisible()
      await expect(page.getByRole("button", { name: "Thêm vào giỏ" })).toHaveCount(0)
      await expect(page.getByRole("spinbutton", { name: "Số lượng" })).toHaveCount(0)
      await expect(
        page.locator(".product-info, .certificate").getByRole("img", { name: /^Sản phẩm OCOP \d sao$/ }),
      ).toHaveCount(0)
      // The old certificate is still shown, with its number, so the buyer can see why.
      await expect(page.getByRole("region", { name: "Chứng nhận OCOP" })).toContainText(
        product.certificates[0]!.certificate_number,
      )
    })
  }

  test("an unknown product answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/products/khong-co-san-pham-nay")
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang")
    await expect(page.getByRole("link", { name: "Xem tất cả sản phẩm" })).toBeVisible()
  })

  test("a producer page shows the producer and its products", async ({ page, request }) => {
    const busiest = (await producers(request)).producers.reduce((a, b) => (b.product_count > a.product_count ? b : a))
    const { producer: profile, products } = await producer(request, busiest.handle)
    expect(products.length).toBeGreaterThan(1)

    await page.goto(`/producers/${profile.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(profile.name)
    const list = page.getByRole("region", { name: `Sản phẩm của ${profile.name}` })
    await expect(list.locator(".product-card__title a")).toHaveText(
      products.map((p) => p.title),
      { useInnerText: true },
    )
    if (profile.phone) await expect(page.getByRole("link", { name: profile.phone })).toHaveAttribute("href", /^tel:/)

    await list.getByRole("link", { name: products[0]!.title, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/products/${products[0]!.handle}$`))
    await expect(page.getByRole("link", { name: profile.name }).first()).toHaveAttribute(
      "href",
      `/producers/${profile.handle}`,
    )
  })
})
