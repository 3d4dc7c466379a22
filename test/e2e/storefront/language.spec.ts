import { expect, test } from "@playwright/test"
import { catalogue } from "../support/store-api"

test("the language switch turns the shop English, is remembered across pages, and switches back", async ({
  page,
  request,
}) => {
  const { count, products } = await catalogue(request, "limit=24")
  const first = products[0]!

  await page.goto("/products")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await page.getByRole("button", { name: "English" }).click()

  // The switch brings the buyer back to the same page, now in English.
  await expect(page).toHaveURL(/\/products$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP products")
  await expect(page.locator(".catalogue-head [role=status]")).toHaveText(`${count} products`)
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true")

  // Remembered on the next page (client navigation) and on a fresh load (the cookie).
  await page.getByRole("link", { name: first.title_en ?? first.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/products/${first.handle}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title_en ?? first.title)
  await page.goto("/verify")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible()

  await page.getByRole("button", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/verify$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác thực chứng nhận OCOP")
  await page.goto("/")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm OCOP Lào Cai")
})
