import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { catalogue, producers } from "../support/store-api"

/**
 * axe-core on the pages a buyer sees most. Serious and critical violations fail the journey; the
 * rest are listed in the report as annotations for the next pass.
 */
test("home, catalogue, product and producer pages have no serious or critical axe violations", async ({
  page,
  request,
}) => {
  const [card] = (await catalogue(request, "stars=4&limit=1")).products
  const maker = (await producers(request)).producers.find((p) => p.product_count > 0)
  expect(card).toBeDefined()
  expect(maker).toBeDefined()
  const pages = ["/", "/products", `/products/${card!.handle}`, `/producers/${maker!.handle}`]

  const found: string[] = []
  for (const path of pages) {
    await page.goto(path)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze()
    for (const violation of violations) {
      const line = `${path}: [${violation.impact}] ${violation.id} — ${violation.help} (${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")})`
      if (violation.impact === "serious" || violation.impact === "critical") found.push(line)
      else test.info().annotations.push({ type: "axe", description: line })
    }
  }
  expect(found).toEqual([])
})
