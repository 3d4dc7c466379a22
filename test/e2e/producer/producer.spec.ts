import { expect, test, type Page } from "@playwright/test"
import { E2E_URLS } from "../support/ports.mjs"
import { autocomplete, choose, consoleUrl, dayVi, runTag, signIn, STAFF } from "../console/console-steps"
import { PRODUCER, producerProducts, producerToken, TINY_PNG } from "./producer-steps"

const rowOf = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text })

/**
 * Issue #7's journey across the three apps: a producer keeps its listings in the console (a price
 * change waits for review while the live price stays, stock applies at once, a new product is
 * submitted), an OCOP office member approves the new product and certifies it, and buyers find it.
 * The storefront search carries this run's tag, so no cached catalogue page can answer it (decision 009).
 */
test("a producer edits a price and stock and submits a product; the OCOP office approves it and it reaches the storefront", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const tag = runTag()
  const title = `Cam canh thử nghiệm ${tag}`
  const { product } = PRODUCER

  // 1. The producer signs in on the same login page as staff and gets only its own console.
  await signIn(page, PRODUCER.email)
  await expect(page.getByRole("banner").getByText(PRODUCER.name)).toBeVisible()
  const menu = page.getByRole("menu").first()
  await expect(menu.getByText("Sản phẩm của tôi")).toBeVisible()
  await expect(menu.getByText("Chủ thể OCOP")).toHaveCount(0)
  await expect(menu.getByText("Duyệt sản phẩm")).toHaveCount(0)
  await expect(page.getByRole("region", { name: "Doanh thu tháng này" })).toBeVisible()
  await page.goto(consoleUrl("#/producers"))
  await expect(page.getByRole("alert")).toContainText("Không có quyền truy cập")

  // 2. A price change goes to review; the live price stays.
  await page.goto(consoleUrl("#/producer-products"))
  await rowOf(page, product.title).getByText(product.title, { exact: true }).click()
  await expect(page).toHaveURL(/#\/producer-products\/[^/]+$/)
  const price = page.getByRole("textbox", { name: "Giá (VND)" })
  await expect(price).toHaveValue(/^175\.000\s₫$/)
  await price.fill("185.000")
  await page.getByRole("button", { name: "Gửi duyệt", exact: true }).click()
  await expect(
    page.getByText("Đã gửi duyệt. Phiên bản đang bán giữ nguyên cho đến khi Văn phòng OCOP duyệt."),
  ).toBeVisible()
  await expect(page).toHaveURL(/#\/producer-products(\?.*)?$/)
  await expect(rowOf(page, product.title).getByText("Chờ duyệt")).toBeVisible()
  const token = await producerToken(request)
  const [edited] = await producerProducts(request, token, product.title)
  expect(edited?.variants.find((v) => v.title === product.variant)?.price_vnd).toBe(product.priceVnd)
  expect(edited?.review).toMatchObject({ status: "pending", kind: "update" })
  expect(edited?.review?.changes?.variants?.find((v) => v.title === product.variant)?.price_vnd).toBe(185_000)

  // 3. Stock applies at once, without review.
  await page.goto(consoleUrl("#/producer-stock"))
  const stockRow = rowOf(page, product.title)
  await stockRow.getByRole("textbox", { name: `Tồn kho: ${product.variant}` }).fill("75")
  await stockRow.getByRole("button", { name: `Lưu tồn kho ${product.variant}` }).click()
  await expect(page.getByText(`Đã cập nhật tồn kho ${product.variant}`)).toBeVisible()
  const [stocked] = await producerProducts(request, token, product.title)
  expect(stocked?.variants.find((v) => v.title === product.variant)?.stock).toBe(75)

  // 4. A new product, with a picture and prices in đồng and dollars, is submitted for review.
  await page.goto(consoleUrl("#/producer-products/create"))
  await page.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).fill(title)
  await page
    .getByRole("textbox", { name: "Mô tả", exact: true })
    .fill("Cam canh Bảo Thắng, quả nhỏ, vỏ mỏng, ngọt đậm. Sản phẩm của journey thử nghiệm.")
  await choose(page, "Nhóm sản phẩm", "Thực phẩm")
  await choose(page, "Huyện, thị xã, thành phố", "Huyện Bảo Thắng")
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: `cam-canh-${tag}.png`, mimeType: "image/png", buffer: TINY_PNG })
  const variants = page.locator("[class*=RaSimpleFormIterator]").first()
  await variants.getByRole("textbox", { name: "Quy cách" }).fill("Túi 2 kg")
  await variants.getByRole("textbox", { name: "Giá (VND)" }).fill("95.000")
  await variants.getByRole("textbox", { name: "Giá (USD)" }).fill("4.00")
  await page.getByRole("button", { name: "Gửi duyệt", exact: true }).click()
  await expect(page.getByText(/^Đã gửi sản phẩm mới để duyệt/)).toBeVisible({ timeout: 30_000 })
  const newRow = rowOf(page, title)
  await expect(newRow.getByText("Chờ duyệt")).toBeVisible()
  await expect(newRow.getByText("Chưa đăng bán")).toBeVisible()
  // …and stocked before it goes on sale.
  await page.goto(consoleUrl("#/producer-stock"))
  await page.getByRole("textbox", { name: "Tìm kiếm" }).fill(tag)
  await rowOf(page, title).getByRole("textbox", { name: "Tồn kho: Túi 2 kg" }).fill("30")
  await rowOf(page, title).getByRole("button", { name: "Lưu tồn kho Túi 2 kg" }).click()
  await expect(page.getByText("Đã cập nhật tồn kho Túi 2 kg")).toBeVisible()

  // 5. An OCOP office member finds it in the review queue, with its prices and picture, and approves it.
  const officeContext = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })
  const office = await officeContext.newPage()
  await signIn(office, STAFF.office)
  await expect(office.getByRole("region", { name: "Sản phẩm chờ duyệt" })).toBeVisible()
  await office.goto(consoleUrl("#/product-reviews"))
  await rowOf(office, title).getByText(title, { exact: true }).click()
  await expect(office).toHaveURL(/#\/product-reviews\/[^/]+\/show$/)
  await expect(office.getByText("Sản phẩm mới").first()).toBeVisible()
  await expect(office.getByRole("cell", { name: /^95\.000\s₫$/ })).toBeVisible()
  await expect(office.getByRole("cell", { name: "$4.00" })).toBeVisible()
  await expect(office.getByRole("img", { name: "Ảnh 1" })).toBeVisible()
  await office.getByRole("button", { name: "Duyệt", exact: true }).click()
  const dialog = office.getByRole("dialog")
  await dialog.getByRole("textbox", { name: "Ý kiến (không bắt buộc)" }).fill("Hồ sơ đầy đủ, đồng ý đăng bán.")
  await dialog.getByRole("button", { name: "Duyệt", exact: true }).click()
  await expect(office.getByText("Đã duyệt thay đổi")).toBeVisible()
  await expect(office).toHaveURL(/#\/product-reviews(\?.*)?$/)
  const [approved] = await producerProducts(request, token, tag)
  expect(approved).toMatchObject({
    title,
    status: "published",
    review: { status: "approved", comment: "Hồ sơ đầy đủ, đồng ý đăng bán." },
  })

  // 6. Buyers only see certified products: the office enters its 4★ certificate.
  await office.goto(consoleUrl("#/certifications/create"))
  await autocomplete(office, "Sản phẩm", tag, title)
  await choose(office, "Hạng sao", /^4 sao/)
  await office.getByRole("spinbutton", { name: "Điểm đánh giá" }).fill("78")
  await office.getByRole("textbox", { name: "Số giấy chứng nhận" }).fill(`E2E-${tag.toUpperCase()}/GCN`)
  await office.getByRole("textbox", { name: "Số quyết định" }).fill(`${tag}/QĐ-UBND`)
  await office.getByRole("textbox", { name: "Ngày quyết định" }).fill(dayVi(-5))
  await office.getByRole("textbox", { name: "Có hiệu lực từ" }).fill(dayVi(-5))
  await office.getByRole("button", { name: "Lưu" }).click()
  await expect(office).toHaveURL(/#\/certifications\/[^/]+\/show$/)
  await expect(office.getByText("Còn hiệu lực").first()).toBeVisible()
  await officeContext.close()

  // 7. The storefront lists it, with its stars, in a search nobody made before.
  await page.goto(`${E2E_URLS.storefront}/products?q=${encodeURIComponent(tag)}`)
  const card = page.locator(".product-card").filter({ has: page.getByRole("link", { name: title, exact: true }) })
  await expect(card).toHaveCount(1)
  await expect(card.getByRole("img", { name: "Sản phẩm OCOP 4 sao" })).toBeVisible()
})
