import { expect, test } from "@playwright/test"
import { consoleUrl, DEMO_PASSWORD, signIn, STAFF } from "../console/console-steps"
import { E2E_URLS } from "../support/ports.mjs"
import { mailedLink } from "../support/store-api"

/** The mailed link's page on this stack's storefront (the mail names the public address). */
const onThisStorefront = (link: string) => {
  const url = new URL(link)
  return `${E2E_URLS.storefront}${url.pathname}${url.search}`
}

test("a buyer who forgot the password gets a link by mail, chooses a new one and logs in", async ({ page }) => {
  const email = `quen.${Date.now()}@example.vn`
  await page.goto("/account/register")
  await page.getByLabel("Họ và tên").fill("Lò Thị Quên")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("mat-khau-cu-1")
  await page.getByRole("button", { name: "Đăng ký" }).click()
  await expect(page).toHaveURL(/\/account$/)
  await page.getByRole("link", { name: "Tài khoản của tôi" }).last().click()
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(/\/$/)

  await page.goto("/account/login")
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
  await expect(page.getByRole("heading", { name: "Quên mật khẩu" })).toBeVisible()
  await page.getByLabel("Email").fill("khong-phai-email")
  await page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click()
  await expect(page.locator('[data-field-error="email"]')).toHaveText("Địa chỉ email không hợp lệ")
  await page.getByLabel("Email").fill(email)
  await page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click()
  await expect(page.getByRole("status")).toContainText(`Nếu ${email} có tài khoản`)

  const link = await mailedLink(email, "password-reset")
  expect(new URL(link).pathname).toBe("/account/reset-password")
  await page.goto(onThisStorefront(link))
  await expect(page.getByText(`Chọn mật khẩu mới cho tài khoản ${email}.`)).toBeVisible()
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-1")
  await page.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-khac")
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page.locator('[data-field-error="password_confirm"]')).toHaveText("Hai mật khẩu không giống nhau")
  await page.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-1")
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page).toHaveURL(/\/account\/login\?reset=1$/)
  await expect(page.getByRole("status")).toHaveText("Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.")

  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("mat-khau-moi-1")
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/account$/)

  // The link works once.
  await page.goto(onThisStorefront(link))
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-2")
  await page.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-2")
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page.getByRole("alert")).toContainText("Liên kết này đã được dùng")
  await expect(page.getByRole("link", { name: "Xin liên kết mới" })).toBeVisible()
})

test("a member of staff resets a forgotten password from the console's sign-in page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "vi-VN" })
  const page = await context.newPage()
  await page.goto(consoleUrl("#/login"))
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
  await page.getByRole("textbox", { name: "Email" }).fill(STAFF.promotion)
  await page.getByRole("button", { name: "Gửi liên kết" }).click()
  await expect(page.getByRole("status")).toContainText(`Nếu ${STAFF.promotion} có tài khoản`)

  const link = await mailedLink(STAFF.promotion, "password-reset")
  expect(new URL(link).hash).toMatch(/^#\/reset-password\?token=/)
  await page.goto(consoleUrl(new URL(link).hash))
  // The demo password again, so that the other journeys still sign in with it.
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(DEMO_PASSWORD)
  await page.getByLabel("Nhập lại mật khẩu mới").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
  await expect(page).toHaveURL(/#\/login$/)
  await signIn(page, STAFF.promotion)
  await context.close()
})
