import { expect, test, type Page } from "@playwright/test"
import { catalogue, producers } from "../support/store-api"

/** The result count the catalogue announces ("24 sản phẩm"). */
const resultCount = (page: Page) => page.locator(".catalogue-head [role=status]")
const cardTitles = (page: Page) => page.locator(".product-card__title a")

test.describe("catalogue: find products", () => {
  test("search without diacritics finds Vietnamese titles", async ({ page, request }) => {
    const expected = await catalogue(request, "q=nam huong")
    const shiitake = expected.products.filter((p) => p.title.startsWith("Nấm hương"))
    expect(shiitake.length, "the API finds Nấm hương… for 'nam huong'").toBeGreaterThan(0)

    await page.goto("/")
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).fill("nam huong")
    await page.getByRole("searchbox", { name: "Tìm sản phẩm" }).press("Enter")

    await expect(page).toHaveURL(/\/products\?q=nam(\+|%20)huong$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả tìm “nam huong”")
    await expect(resultCount(page)).toHaveText(`${expected.count} sản phẩm`)
    for (const product of shiitake) {
      await expect(page.getByRole("link", { name: product.title, exact: true })).toBeVisible()
    }
    // The typed words stay in the box on the results page.
    await expect(page.getByRole("searchbox", { name: "Tìm sản phẩm" })).toHaveValue("nam huong")
  })

  test("each filter and the sort live in the URL and match the API", async ({ page, request }) => {
    const withProducts = (await producers(request)).producers.filter((p) => p.product_count >= 2)
    expect(withProducts.length).toBeGreaterThan(0)
    const maker = withProducts[0]!
    const priced = (await catalogue(request, "sort=price_asc&limit=100")).products
      .map((p) => p.price?.amount)
      .filter((amount): amount is number => typeof amount === "number")
    // A price band around the middle of the catalogue, so it keeps some products out on both sides.
    const priceMin = priced[Math.floor(priced.length / 4)]!
    const priceMax = priced[Math.floor((priced.length * 3) / 4)]!

    const cases: { name: string; apply: (page: Page) => Promise<void>; url: RegExp; api: string }[] = [
      {
        name: "stars",
        apply: (p) => p.getByRole("checkbox", { name: /^5 sao/ }).check(),
        url: /\/products\?stars=5$/,
        api: "stars=5",
      },
      {
        name: "group",
        apply: (p) => p.getByRole("radio", { name: /^Đồ uống/ }).check(),
        url: /\/products\?group=beverage$/,
        api: "group=beverage",
      },
      {
        name: "district",
        apply: async (p) => void (await p.getByLabel("Nơi xuất xứ").selectOption("sa-pa")),
        url: /\/products\?district=sa-pa$/,
        api: "district=sa-pa",
      },
      {
        name: "producer",
        apply: async (p) => void (await p.getByLabel("Chủ thể", { exact: true }).selectOption(maker.handle)),
        url: new RegExp(`/products\\?producer=${maker.handle}$`),
        api: `producer=${maker.handle}`,
      },
      {
        name: "price",
        apply: async (p) => {
          await p.getByRole("spinbutton", { name: "Từ" }).fill(String(priceMin))
          await p.getByRole("spinbutton", { name: "Đến" }).fill(String(priceMax))
          await p.getByRole("button", { name: "Áp dụng" }).click()
        },
        url: new RegExp(`/products\\?price_min=${priceMin}&price_max=${priceMax}$`),
        api: `price_min=${priceMin}&price_max=${priceMax}`,
      },
      {
        name: "sort",
        apply: async (p) => void (await p.getByLabel("Sắp xếp").selectOption("price_desc")),
        url: /\/products\?sort=price_desc$/,
        api: "sort=price_desc",
      },
    ]

    const all = await catalogue(request)
    for (const filter of cases) {
      await test.step(filter.name, async () => {
        const expected = await catalogue(request, `${filter.api}&limit=24`)
        expect(expected.count, `${filter.name} keeps some products`).toBeGreaterThan(0)
        if (filter.name !== "sort") expect(expected.count, `${filter.name} leaves some out`).toBeLessThan(all.count)

        await page.goto("/products")
        await expect(resultCount(page)).toHaveText(`${all.count} sản phẩm`)
        await filter.apply(page)
        await expect(page).toHaveURL(filter.url)
        await expect(resultCount(page)).toHaveText(`${expected.count} sản phẩm`)
        await expect(cardTitles(page)).toHaveText(expected.products.map((p) => p.title))
      })
    }
  })

  test("page 2 shows other products under the same count", async ({ page, request }) => {
    const [first, second] = await Promise.all([
      catalogue(request, "limit=24"),
      catalogue(request, "limit=24&offset=24"),
    ])
    expect(first.count, "the demo catalogue fills more than one page").toBeGreaterThan(24)

    await page.goto("/products")
    await expect(cardTitles(page)).toHaveText(first.products.map((p) => p.title))
    await page
      .getByRole("navigation", { name: "Phân trang" })
      .getByRole("link", { name: /Trang sau/ })
      .click()

    await expect(page).toHaveURL(/\/products\?page=2$/)
    await expect(resultCount(page)).toHaveText(`${first.count} sản phẩm`)
    await expect(cardTitles(page)).toHaveText(second.products.map((p) => p.title))
    const onFirst = new Set(first.products.map((p) => p.handle))
    expect(second.products.filter((p) => onFirst.has(p.handle))).toEqual([])
    await expect(page.getByRole("link", { name: "Trang 2/" + Math.ceil(first.count / 24) })).toHaveAttribute(
      "aria-current",
      "page",
    )
  })

  test("the back button restores the previous filter", async ({ page, request }) => {
    const [fourStars, fourStarFood] = await Promise.all([
      catalogue(request, "stars=4"),
      catalogue(request, "stars=4&group=food"),
    ])
    expect(fourStarFood.count).toBeLessThan(fourStars.count)

    await page.goto("/products")
    await page.getByRole("checkbox", { name: /^4 sao/ }).check()
    await expect(page).toHaveURL(/\/products\?stars=4$/)
    await expect(resultCount(page)).toHaveText(`${fourStars.count} sản phẩm`)
    await page.getByRole("radio", { name: /^Thực phẩm/ }).check()
    await expect(page).toHaveURL(/\/products\?stars=4&group=food$/)
    await expect(resultCount(page)).toHaveText(`${fourStarFood.count} sản phẩm`)

    await page.goBack()
    await expect(page).toHaveURL(/\/products\?stars=4$/)
    await expect(resultCount(page)).toHaveText(`${fourStars.count} sản phẩm`)
    await expect(page.getByRole("checkbox", { name: /^4 sao/ })).toBeChecked()
    await expect(page.getByRole("radio", { name: /^Tất cả/ })).toBeChecked()
    await expect(page.getByRole("radio", { name: /^Thực phẩm/ })).not.toBeChecked()
  })
})
