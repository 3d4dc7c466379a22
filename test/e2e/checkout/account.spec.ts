import { expect, test } from "@playwright/test"
import { addFromProductPage, chooseAndPlace, fillVietnamAddress } from "./checkout-steps"

test("a registered buyer finds the order in their history, with its status", async ({ page }) => {
  const email = `binh.${Date.now()}@example.vn`
  await page.goto("/account/register")
  await page.getByLabel("Họ và tên").fill("Trần Văn Bình")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("ngan")
  await page.getByRole("button", { name: "Đăng ký" }).click()
  await expect(page.locator('[data-field-error="password"]')).toHaveText("Mật khẩu phải có ít nhất 8 ký tự")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await page.getByLabel("Mật khẩu").fill("mat-khau-123")
  await page.getByRole("button", { name: "Đăng ký" }).click()
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByText("Bạn chưa có đơn hàng nào.")).toBeVisible()

  // A saved address fills the checkout's address step.
  await page.getByRole("link", { name: "Địa chỉ đã lưu" }).click()
  await fillVietnamAddress(page, {
    name: "Trần Văn Bình",
    phone: "0987654321",
    province: "Hà Nội",
    ward: "Phường Hoàn Kiếm",
    street: "1 Tràng Tiền",
  })
  await expect(page.getByTestId("saved-addresses")).toContainText("1 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội")

  await addFromProductPage(page)
  await page.goto("/checkout")
  await expect(page.getByLabel("Email nhận xác nhận đơn hàng")).toHaveValue(email)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await expect(page.getByLabel("Số nhà, đường, thôn/tổ")).toHaveValue("1 Tràng Tiền")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  const number = await chooseAndPlace(page, /Giao hàng tận nơi/, /VietQR/)

  await page.goto("/account")
  const orders = page.getByTestId("account-orders")
  await expect(orders).toContainText(`#${number}`)
  await orders.getByRole("link", { name: `#${number}` }).click()
  await expect(page.getByTestId("order-status")).toContainText("Chờ thanh toán")

  await page.getByRole("link", { name: "Tài khoản của tôi" }).last().click()
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  // Logging out lands on the home page; going on before it did could cancel the logout.
  await expect(page).toHaveURL(/\/$/)
  await page.goto("/account")
  await expect(page).toHaveURL(/\/account\/login$/)
})

test("a guest can still order without an account", async ({ page }) => {
  await page.goto("/account/login")
  await expect(page.getByText("Bạn có thể đặt hàng không cần tài khoản.")).toBeVisible()
})
