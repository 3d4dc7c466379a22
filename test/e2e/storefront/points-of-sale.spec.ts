/**
 * The showrooms on the storefront (issue 14): where they are, when they open, a map link, what is on
 * their shelves, and on a product page which of them have it. Expectations come from the store API.
 */
import { expect, test } from "@playwright/test"
import type { StorePointOfSale, StorePointOfSaleDetail } from "@ocop/domain"
import { storeGet } from "../support/store-api"

test("a buyer finds the showrooms, their hours and map, what Sa Pa has in stock, and where a product is sold", async ({
  page,
  request,
}) => {
  const { points_of_sale: places } = await storeGet<{ points_of_sale: StorePointOfSale[] }>(
    request,
    "/store/points-of-sale",
  )
  // The three showrooms, and a booth only while its event is open (the demo's running fair).
  const showrooms = places.filter((p) => p.kind === "showroom")
  expect(showrooms.map((p) => p.handle).sort()).toEqual(["bac-ha", "lao-cai-city", "sa-pa"])
  expect(places.filter((p) => p.kind === "booth").map((p) => p.status)).toEqual(["active"])

  await page.goto("/")
  await page.getByRole("banner").getByRole("link", { name: "Điểm bán" }).click()
  await expect(page).toHaveURL(/\/points-of-sale$/)
  for (const place of showrooms) {
    const card = page.locator("article.place-card").filter({ hasText: place.name })
    await expect(card).toContainText(place.address)
    await expect(card).toContainText(place.opening_hours_text.vi[0]!)
    await expect(card.getByRole("link", { name: "Xem bản đồ" })).toHaveAttribute("href", place.map_url)
    await expect(card).toContainText(place.open_now ? "Đang mở cửa" : "Đang đóng cửa")
  }

  const sapa = places.find((p) => p.handle === "sa-pa")!
  await page.getByRole("link", { name: sapa.name, exact: true }).click()
  await expect(page).toHaveURL(/\/points-of-sale\/sa-pa$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sapa.name)
  const { point_of_sale: detail } = await storeGet<{ point_of_sale: StorePointOfSaleDetail }>(
    request,
    "/store/points-of-sale/sa-pa",
  )
  expect(detail.products.length).toBeGreaterThan(0)
  const shelf = page.getByRole("region", { name: "Sản phẩm đang có tại điểm bán" })
  await expect(shelf.getByRole("listitem")).toHaveCount(detail.products.length)
  const first = detail.products[0]!
  await expect(shelf.getByRole("link", { name: first.title })).toBeVisible()

  // The product page names the showrooms that have it, each a link to its page.
  const { points_of_sale: having } = await storeGet<{ points_of_sale: StorePointOfSale[] }>(
    request,
    `/store/points-of-sale?product=${first.handle}`,
  )
  await shelf.getByRole("link", { name: first.title }).click()
  await expect(page).toHaveURL(new RegExp(`/products/${first.handle}$`))
  const availableAt = page.locator(".available-at")
  await expect(availableAt).toContainText("Có sẵn tại điểm bán")
  await expect(availableAt.getByRole("link")).toHaveText(having.map((p) => p.name))

  expect((await page.goto("/points-of-sale/khong-co"))?.status()).toBe(404)
})
