import { expect, test } from "@playwright/test"
import { catalogue, productDetail, productWithLapsedCertificate, verification } from "../support/store-api"

test.describe("certificate verification", () => {
  test("a valid certificate typed into the form is confirmed with its stars and product", async ({ page, request }) => {
    const [card] = (await catalogue(request, "stars=5&limit=1")).products
    expect(card, "the demo data has a 5★ product").toBeDefined()
    const number = card!.certificate!.certificate_number
    expect((await verification(request, number)).status).toBe("valid")

    await page.goto("/verify")
    await page.getByRole("textbox", { name: "Số chứng nhận" }).fill(`  ${number} `)
    await page.getByRole("button", { name: "Kiểm tra" }).click()

    await expect(page).toHaveURL(new RegExp(`/verify/${encodeURIComponent(number)}$`))
    const verdict = page
      .getByRole("status")
      .filter({ has: page.getByRole("heading", { name: "Chứng nhận còn hiệu lực" }) })
    await expect(verdict).toBeVisible()
    await expect(verdict.getByRole("img", { name: "Sản phẩm OCOP 5 sao" })).toBeVisible()
    const verifiedProduct = page.getByRole("region", { name: "Sản phẩm", exact: true })
    await expect(verifiedProduct.getByRole("link", { name: card!.title })).toHaveAttribute(
      "href",
      `/products/${card!.handle}`,
    )
  })

  test("a revoked certificate is reported as revoked, with the reason", async ({ page, request }) => {
    const product = await productWithLapsedCertificate(request, "revoked")
    const certificate = product.certificates[0]!
    const checked = await verification(request, certificate.certificate_number)
    expect(checked.status).toBe("revoked")

    await page.goto(`/verify/${encodeURIComponent(certificate.certificate_number)}`)
    await expect(page.getByRole("heading", { name: "Chứng nhận đã bị thu hồi" })).toBeVisible()
    await expect(page.getByRole("heading", { name: "Chứng nhận còn hiệu lực" })).toHaveCount(0)
    if (checked.certificate?.revocation_reason) {
      await expect(page.getByText(`Lý do: ${checked.certificate.revocation_reason}`)).toBeVisible()
    }
    await expect(page.getByRole("img", { name: /^Sản phẩm OCOP \d sao$/ })).toHaveCount(0)
  })

  test("an unknown number is reported as not found", async ({ page, request }) => {
    const number = "LC-1999-9999"
    expect((await verification(request, number)).status).toBe("unknown")

    await page.goto("/verify")
    await page.getByRole("textbox", { name: "Số chứng nhận" }).fill(number)
    await page.getByRole("button", { name: "Kiểm tra" }).click()
    await expect(page).toHaveURL(new RegExp(`/verify/${number}$`))
    await expect(page.getByRole("heading", { name: "Không tìm thấy chứng nhận" })).toBeVisible()
    await expect(page.getByRole("heading", { name: "Sản phẩm", exact: true })).toHaveCount(0)
  })

  test("an expired certificate's product links back to a page that explains it", async ({ page, request }) => {
    const product = await productWithLapsedCertificate(request, "expired")
    const number = product.certificates[0]!.certificate_number
    expect((await productDetail(request, product.handle)).certificate).toBeNull()

    await page.goto(`/verify/${encodeURIComponent(number)}`)
    await expect(page.getByRole("heading", { name: "Chứng nhận đã hết hạn" })).toBeVisible()
  })
})
