import { expect, test } from "@playwright/test"
import { parseVietQrPayload } from "@ocop/domain"
import { decodeQrPng } from "../support/decode-qr"
import {
  addFromProductPage,
  chooseAndPlace,
  fillContact,
  fillPickupContact,
  fillVietnamAddress,
} from "./checkout-steps"

test("a guest buys with home delivery and pays cash on delivery", async ({ page }) => {
  await addFromProductPage(page, undefined, 2)
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(page.getByRole("banner").locator(".cart-link__count")).toHaveText("2")
  await expect(page.getByTestId("cart-totals")).toContainText("Đã bao gồm thuế GTGT")
  // The header's mini-cart: a disclosure listing the line and the subtotal, closed by Escape.
  await page.goto("/products")
  const miniCart = page.getByRole("banner").getByRole("button", { name: "Giỏ hàng, 2 sản phẩm" })
  await expect(miniCart).toHaveAttribute("aria-expanded", "false")
  await miniCart.click()
  await expect(miniCart).toHaveAttribute("aria-expanded", "true")
  const panel = page.locator("#mini-cart-panel")
  await expect(panel.getByRole("listitem")).toHaveCount(1)
  await expect(panel.getByRole("listitem")).toContainText("2 ×")
  await expect(page.getByTestId("mini-cart-subtotal")).toContainText("₫")
  await page.keyboard.press("Escape")
  await expect(panel).toBeHidden()
  await expect(miniCart).toBeFocused()
  await miniCart.click()
  await panel.getByRole("link", { name: "Xem giỏ hàng" }).click()
  await expect(page).toHaveURL(/\/cart$/)
  await page.getByRole("link", { name: "Tiến hành đặt hàng" }).click()
  await fillContact(page)
  await fillVietnamAddress(page)
  const number = await chooseAndPlace(page, /Giao hàng tận nơi/, /Thanh toán khi nhận hàng/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt hàng thành công")
  await expect(page.getByText(`Mã đơn hàng: #${number}`)).toBeVisible()
  await expect(page.getByTestId("order-delivery-address")).toContainText("12 Cầu Mây, Phường Sa Pa, Lào Cai")
  await expect(page.getByText(/bằng tiền mặt khi nhận hàng/)).toBeVisible()
  // The cart is emptied once it became an order.
  await expect(page.getByRole("banner").locator(".cart-link__count")).toHaveText("0")
})

for (const javaScriptEnabled of [true, false]) {
  test(`a buyer picks up at the Sa Pa point of sale with only name and phone, free (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await addFromProductPage(page)
    await fillContact(page)
    // A wrong phone is refused for pickup too, and the choice is kept.
    await fillPickupContact(page, "Nguyễn Thị Mai", "12345")
    await expect(page.locator('[data-field-error="phone"]')).toContainText("Số điện thoại không hợp lệ")
    await expect(page.getByRole("radio", { name: /Nhận tại điểm bán/ })).toBeChecked()
    await expect(page.locator('[data-field-error="street"]')).toHaveCount(0)
    await fillPickupContact(page)
    await expect(page.locator("#address")).toContainText("Người nhận tại điểm bán: Nguyễn Thị Mai, 0912345678")
    // Only the points of sale are offered now, each free with its hours.
    await expect(page.getByTestId("home-delivery")).toHaveCount(0)
    const sapa = page.getByTestId("pickup-sa-pa")
    await expect(sapa).toContainText("Miễn phí")
    await expect(sapa).toContainText("Giờ mở cửa")
    await chooseAndPlace(page, /Nhận tại Điểm bán OCOP Sa Pa/, /Thanh toán khi nhận hàng/)
    await expect(page.getByTestId("order-pickup")).toContainText("Điểm bán OCOP Sa Pa")
    await expect(page.getByTestId("order-pickup")).toContainText("Phường Sa Pa")
    await expect(page.getByTestId("order-collector")).toHaveText("Người nhận: Nguyễn Thị Mai, 0912345678")
    await context.close()
  })
}

test("a bank transfer shows a VietQR code with the order's amount, number and a valid CRC", async ({ page }) => {
  await addFromProductPage(page, undefined, 3)
  await fillContact(page)
  await fillVietnamAddress(page)
  await page.getByRole("radio", { name: /Giao hàng tận nơi/ }).check()
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.getByRole("radio", { name: /VietQR/ }).check()
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  const total = Number(await page.getByTestId("cart-total").getAttribute("data-amount"))
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page).toHaveURL(/\/confirmed$/)
  const number = await page.locator("[data-order-number]").getAttribute("data-order-number")

  // Read the code from the pixels on screen, as a banking app would; the markup is not trusted.
  const code = page.getByTestId("vietqr").locator(".vietqr__code svg")
  await expect(code).toBeVisible()
  const payload = decodeQrPng(await code.screenshot({ type: "png" }))
  expect(payload, "the QR code on screen decodes").not.toBeNull()
  const parsed = parseVietQrPayload(payload!) // null unless the CRC checks out
  expect(parsed, `a VietQR payload with a valid CRC: ${payload}`).not.toBeNull()
  expect(parsed).toMatchObject({
    amount: total,
    note: `OCOP ${number}`,
    currency: "704",
    country: "VN",
    service: "QRIBFTTA",
  })
  await expect(page.getByTestId("vietqr-note")).toHaveText(`OCOP ${number}`)
  await expect(page.getByTestId("vietqr-account")).toHaveText(parsed!.accountNumber)
  await expect(page.getByTestId("vietqr-amount")).toContainText(new Intl.NumberFormat("vi-VN").format(total))
  await expect(page.getByText("Tài khoản mẫu để thử nghiệm")).toBeVisible()
})

test("an international buyer pays in US dollars", async ({ page }) => {
  await addFromProductPage(page)
  await page.getByLabel("Giao hàng đến").selectOption("us")
  await page.getByRole("button", { name: "Chọn", exact: true }).click()
  await expect(page.getByTestId("cart-total")).toHaveAttribute("data-currency", "usd")
  await expect(page.getByTestId("cart-total")).toContainText("US$")
  // The catalogue's cards follow the country too: US dollars, from the read model's USD column.
  await page.goto("/products?sort=price_asc")
  await expect(page.locator(".product-card__price").first()).toContainText("US$")
  await expect(page.getByRole("group", { name: "Khoảng giá (US$)" })).toBeVisible()
  await fillContact(page, "jane.doe@example.com")
  await page.getByLabel("Họ và tên").fill("Jane Doe")
  await page.getByLabel("Số điện thoại").fill("+1 415 555 0100")
  await page.getByLabel("Quốc gia").selectOption("us")
  await page.getByLabel("Số nhà, đường, thôn/tổ").fill("1 Market St")
  await page.getByLabel("Thành phố").fill("San Francisco")
  await page.getByLabel("Bang/Tỉnh (nếu có)").fill("CA")
  await page.getByLabel("Mã bưu chính").fill("94110")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await expect(page.getByRole("radio", { name: /VietQR/ })).toHaveCount(0)
  await chooseAndPlace(page, /Giao hàng tận nơi/, /Thanh toán khi nhận hàng/)
  await expect(page.getByTestId("cart-total")).toHaveAttribute("data-currency", "usd")
  await expect(page.getByTestId("order-delivery-address")).toContainText("San Francisco")
})

test("a field error is shown next to the field and keeps everything else typed", async ({ page }) => {
  await addFromProductPage(page)
  await fillContact(page)
  await fillVietnamAddress(page, { phone: "12345" })
  await expect(page.locator('[data-field-error="phone"]')).toContainText("Số điện thoại không hợp lệ")
  await expect(page.getByLabel("Số điện thoại")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByLabel("Số điện thoại")).toHaveValue("12345")
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Nguyễn Thị Mai")
  await expect(page.getByLabel("Tỉnh/Thành phố")).toHaveValue("Lào Cai")
  await expect(page.getByLabel("Xã/Phường")).toHaveValue("Phường Sa Pa")
  await expect(page.getByLabel("Số nhà, đường, thôn/tổ")).toHaveValue("12 Cầu Mây")
})

test("a field error keeps the form without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await addFromProductPage(page)
  await fillContact(page)
  await fillVietnamAddress(page, { street: "" })
  await expect(page.locator('[data-field-error="street"]')).toHaveText("Vui lòng nhập thông tin này")
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Nguyễn Thị Mai")
  await expect(page.getByLabel("Số điện thoại")).toHaveValue("0912 345 678")
  // Without JavaScript the header's cart is a plain link to the cart page.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /Giỏ hàng, 1 sản phẩm/ })
    .click()
  await expect(page).toHaveURL(/\/cart$/)
  await context.close()
})

test("a quantity beyond the stock is refused with a message on the line", async ({ page }) => {
  await page.goto("/products/tranh-tho-cam-lao-cai")
  await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
  await expect(page).toHaveURL(/\/cart$/)
  const line = page.getByTestId("cart-line")
  await line.getByRole("spinbutton").fill("99")
  await line.getByRole("button", { name: "Cập nhật" }).click()
  await expect(line.getByRole("alert")).toContainText(/Không đủ hàng: chỉ còn \d+ sản phẩm trong kho/)
  await expect(line.getByRole("spinbutton")).toHaveValue("99")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giỏ hàng")
})
