/**
 * Steps of the checkout journeys: the buyer's way through cart and checkout, by visible labels.
 */
import { expect, type Page } from "@playwright/test"

export const PRODUCT = "nam-huong-sa-pa"

/** Adds one unit from the product page and lands on the cart. */
export async function addFromProductPage(page: Page, handle = PRODUCT, quantity = 1): Promise<void> {
  await page.goto(`/products/${handle}`)
  await page.getByLabel("Số lượng").fill(String(quantity))
  await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
  await expect(page).toHaveURL(/\/cart$/)
}

/** Checkout's first step. */
export async function fillContact(page: Page, email = "mai.nguyen@example.vn"): Promise<void> {
  await page.goto("/checkout")
  await page.getByLabel("Email nhận xác nhận đơn hàng").fill(email)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
}

/** A Vietnamese two-level address (checkout's address step, or the account's saved address). */
export async function fillVietnamAddress(
  page: Page,
  overrides: { name?: string; phone?: string; province?: string; ward?: string; street?: string } = {},
): Promise<void> {
  await page.getByLabel("Họ và tên").fill(overrides.name ?? "Nguyễn Thị Mai")
  await page.getByLabel("Số điện thoại").fill(overrides.phone ?? "0912 345 678")
  await page.getByLabel("Tỉnh/Thành phố").selectOption(overrides.province ?? "Lào Cai")
  await page.getByLabel("Xã/Phường").fill(overrides.ward ?? "Phường Sa Pa")
  await page.getByLabel("Số nhà, đường, thôn/tổ").fill(overrides.street ?? "12 Cầu Mây")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
}

/** Pickup at a point of sale: only who collects it — the address fields are not even shown. */
export async function fillPickupContact(page: Page, name = "Nguyễn Thị Mai", phone = "0912 345 678"): Promise<void> {
  await page.getByRole("radio", { name: /Nhận tại điểm bán/ }).check()
  await expect(page.getByLabel("Số nhà, đường, thôn/tổ")).toBeHidden()
  await expect(page.getByLabel("Tỉnh/Thành phố")).toBeHidden()
  await page.getByLabel("Họ và tên").fill(name)
  await page.getByLabel("Số điện thoại").fill(phone)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
}

/** Delivery and payment, then the order; returns the confirmation page's order number. */
export async function chooseAndPlace(page: Page, delivery: RegExp, payment: RegExp): Promise<number> {
  await page.getByRole("radio", { name: delivery }).check()
  await page.getByRole("button", { name: /Tiếp tục|Continue/ }).click()
  await page.getByRole("radio", { name: payment }).check()
  await page.getByRole("button", { name: /Tiếp tục|Continue/ }).click()
  await page.getByRole("button", { name: /Đặt hàng|Place order/ }).click()
  await expect(page).toHaveURL(/\/order\/order_[0-9A-Z]+\/confirmed$/)
  return Number(await page.locator("[data-order-number]").getAttribute("data-order-number"))
}
