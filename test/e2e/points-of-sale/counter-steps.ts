/**
 * Steps the counter journeys share: the Sa Pa clerk, the register, finding products and paying.
 */
import { fileURLToPath } from "node:url"
import { expect, type Page } from "@playwright/test"
import { consoleUrl } from "../console/console-steps"

/** The Sa Pa showroom's demo clerk. */
export const CLERK = "clerk.sapa@ocop-laocai.vn"

/** OCOP_SCREENSHOTS=1 keeps the README's pictures of the counter, a receipt and the day report up to date. */
export async function shot(page: Page, name: string) {
  if (!process.env.OCOP_SCREENSHOTS) return
  const dir = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url))
  await page.screenshot({ path: `${dir}${name}.png` })
}

/** Adds a product by typing its name without marks, as a clerk (or a scanner) does, then Enter. */
export async function addByName(page: Page, text: string) {
  const search = page.getByTestId("counter-search")
  await search.fill(text)
  await search.press("Enter")
}

/** Opens the register with a 500,000 đ float unless a session is already open. */
export async function openRegister(page: Page) {
  await expect(page.getByText(/Quầy chưa mở ca|Tiền mặt dự kiến/)).toBeVisible()
  const open = page.getByRole("button", { name: "Mở ca" })
  if (await open.isVisible()) {
    await page.getByLabel("Tiền lẻ đầu ca (đ)").fill("500000")
    await open.click()
  }
  await expect(page.getByTestId("expected-cash")).toBeVisible()
}

/** Opens a place from the console's list of places (its row, not the app bar's title). */
export async function openPlace(page: Page, name: string) {
  await page.goto(consoleUrl("#/points-of-sale"))
  await page.getByRole("cell", { name, exact: true }).click()
}

/** Opens the payment dialog for the cart. */
export async function openPayment(page: Page) {
  await page.getByRole("button", { name: "Thanh toán", exact: true }).click()
  await expect(page.getByRole("dialog")).toBeVisible()
}

/** The amount of money shown in the element with this test id. */
export const moneyOf = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ""))

/** A tablet in landscape: the counter screen's target. */
export const TABLET = { viewport: { width: 1180, height: 820 }, hasTouch: true }
