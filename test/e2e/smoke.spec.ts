import { expect, test } from "@playwright/test"
import { E2E_URLS } from "./support/ports.mjs"

test("the backend answers /health", async ({ request }) => {
  const res = await request.get(`${E2E_URLS.backend}/health`)
  expect(res.status()).toBe(200)
})

test("the storefront home renders in Vietnamese", async ({ page }) => {
  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("banner")).toContainText("OCOP Lào Cai")
  await expect(page.getByRole("searchbox").first()).toBeVisible()
  await expect(page.getByRole("contentinfo")).toContainText("Dữ liệu mẫu")
})

test("a demo staff member logs in to the console", async ({ page }) => {
  await page.goto(`${E2E_URLS.console}/#/login`)
  await page.getByLabel(/email|tên đăng nhập/i).fill("admin@ocop-laocai.vn")
  // The console also has a "show password" button whose name mentions the password.
  await page.getByRole("textbox", { name: /mật khẩu|password/i }).fill("ocop-demo-2021")
  await page.getByRole("button", { name: /đăng nhập|sign in/i }).click()
  await expect(page).not.toHaveURL(/#\/login/)
  // The account menu ("Tài khoản") shows who is signed in.
  await expect(page.getByRole("banner").getByRole("button", { name: /tài khoản|account/i })).toContainText(
    /Quản trị|Admin/i,
  )
})
