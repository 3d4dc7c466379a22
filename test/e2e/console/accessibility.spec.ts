import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Browser, type Page } from "@playwright/test"
import { PRODUCER } from "../producer/producer-steps"
import { consoleUrl, signIn, STAFF } from "./console-steps"

/**
 * axe-core (WCAG 2 A/AA) on the console's screens, as each kind of user sees them: serious and
 * critical violations fail the journey, the rest become annotations for the next pass.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

async function settled(page: Page) {
  await expect(page.getByRole("main")).toBeVisible()
  await expect(page.locator(".MuiLinearProgress-root, .MuiSkeleton-root, [role='progressbar']")).toHaveCount(0)
}

async function audit(page: Page, screen: string, found: string[]) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  for (const violation of violations) {
    const line = `${screen}: [${violation.impact}] ${violation.id} — ${violation.help} (${violation.nodes.length}: ${violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(" "))
      .join(", ")})`
    if (violation.impact === "serious" || violation.impact === "critical") found.push(line)
    test.info().annotations.push({ type: `axe ${violation.impact}`, description: line })
  }
}

async function auditScreens(page: Page, screens: string[], found: string[]) {
  for (const screen of screens) {
    await page.goto(consoleUrl(screen))
    await settled(page)
    await audit(page, screen, found)
  }
}

/** Signs `email` in on a fresh page of its own and audits the screens. */
async function auditAs(browser: Browser, email: string, screens: string[], found: string[]) {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await signIn(page, email)
    await auditScreens(page, screens, found)
    return page
  } catch (error) {
    await context.close()
    throw error
  }
}

test("the login page and the staff screens have no serious or critical axe violations", async ({ browser, page }) => {
  test.setTimeout(360_000)
  const found: string[] = []
  await page.goto(consoleUrl("#/login"))
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible()
  await audit(page, "#/login", found)

  await auditAs(
    browser,
    STAFF.office,
    ["#/", "#/producers", "#/products", "#/certifications", "#/product-reviews"],
    found,
  )
  await auditAs(
    browser,
    STAFF.promotion,
    [
      "#/",
      "#/orders",
      "#/points-of-sale",
      "#/stock-transfers",
      "#/trade-events",
      "#/reports",
      "#/programme",
      "#/payouts",
      "#/catalogue-prints",
    ],
    found,
  )
  await auditAs(browser, STAFF.admin, ["#/staff"], found)
  expect(found).toEqual([])
})

test("the producer's screens have no serious or critical axe violations", async ({ browser }) => {
  test.setTimeout(240_000)
  const found: string[] = []
  await auditAs(
    browser,
    PRODUCER.email,
    [
      "#/",
      "#/producer-products",
      "#/producer-stock",
      "#/producer-orders",
      "#/producer-events",
      "#/producer-leads",
      "#/my-payouts",
      "#/producer-profile",
    ],
    found,
  )
  expect(found).toEqual([])
})
