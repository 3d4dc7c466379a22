import { expect, test, type Page } from "@playwright/test"
import { E2E_URLS } from "../support/ports.mjs"
import {
  adminGet,
  adminPost,
  autocomplete,
  choose,
  consoleUrl,
  dayVi,
  runTag,
  signIn,
  staffToken,
  STAFF,
} from "./console-steps"

/**
 * The storefront caches catalogue reads (~45 s in the storefront, 10 s in the backend, decision 009),
 * so every storefront URL below is one no journey asked for before: the search text carries this
 * run's tag, and the check after the revocation adds a filter (stars=4) the first check did not use.
 * The product page is first opened after the revocation, so its cached copy cannot be stale either.
 */
const catalogueCard = (page: Page, title: string) =>
  page.locator(".product-card").filter({ has: page.getByRole("link", { name: title, exact: true }) })

test("an OCOP office member registers a producer and adds its product in the console", async ({ page, request }) => {
  test.setTimeout(90_000)
  const tag = runTag()
  const producerName = `HTX Mật ong thử nghiệm ${tag}`
  const producerHandle = `htx-mat-ong-${tag}`
  const productTitle = `Mật ong bạc hà thử nghiệm ${tag}`
  const productHandle = `mat-ong-bac-ha-${tag}`

  await signIn(page, STAFF.office)

  // 1. The producer.
  await page.goto(consoleUrl("#/producers/create"))
  await page.getByRole("textbox", { name: "Tên chủ thể" }).fill(producerName)
  await choose(page, "Loại hình", "Hợp tác xã")
  await page.getByRole("textbox", { name: "Số đăng ký kinh doanh" }).fill(`53${tag.length}${Date.now() % 10_000_000}`)
  await page.getByRole("textbox", { name: "Đường dẫn rút gọn" }).fill(producerHandle)
  await choose(page, "Huyện, thị xã, thành phố", "Huyện Bắc Hà")
  await page.getByRole("textbox", { name: "Xã, phường" }).fill("Xã Tà Chải")
  await page.getByRole("textbox", { name: "Địa chỉ" }).fill("Thôn Na Kim, xã Tà Chải")
  await page.getByRole("textbox", { name: "Người đại diện" }).fill("Giàng Seo Phử")
  await page.getByRole("textbox", { name: "Điện thoại" }).fill("0912 345 678")
  await page.getByRole("button", { name: "Lưu" }).click()
  await expect(
    page
      .getByText("Đã tạo")
      .or(page.getByText(/tạo thành công/i))
      .first(),
  ).toBeVisible()
  await expect(page).toHaveURL(/#\/producers\/[^/]+(\/show)?$/)

  // 2. The product, published, with one variant priced in VND.
  await page.goto(consoleUrl("#/products/create"))
  await page.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).first().fill(productTitle)
  await page
    .getByRole("textbox", { name: "Mô tả", exact: true })
    .fill("Mật ong hoa bạc hà cao nguyên đá, sản phẩm của journey thử nghiệm.")
  await autocomplete(page, "Chủ thể", tag, producerName)
  await choose(page, "Nhóm sản phẩm", "Thực phẩm")
  await choose(page, "Huyện, thị xã, thành phố", "Huyện Bắc Hà")
  await choose(page, "Trạng thái", "Đang đăng bán")
  await page.getByRole("textbox", { name: "Đường dẫn rút gọn" }).fill(productHandle)
  const variants = page.locator("[class*=RaSimpleFormIterator]").first()
  await variants.getByRole("textbox", { name: "Quy cách" }).fill("Chai 500 ml")
  await variants.getByRole("textbox", { name: "Giá (VND)" }).fill("250.000")
  await page.getByRole("button", { name: "Lưu" }).click()
  // Creating redirects to the product's edit page, with what was saved.
  await expect(page).toHaveURL(/#\/products\/[^/]+$/)
  await expect(page.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).first()).toHaveValue(productTitle)
  await expect(page.getByRole("textbox", { name: "Giá (VND)" })).toHaveValue(/^250\.000\s₫$/)

  // The admin API holds it, attached to its producer.
  const token = await staffToken(request, STAFF.office)
  // The register's list is the catalogue read model, refreshed right after the save.
  await expect
    .poll(
      async () => {
        const listed = await adminGet<{ ocop_products: { title: string }[] }>(
          request,
          token,
          `/admin/ocop-products?q=${encodeURIComponent(tag)}`,
        )
        return listed.body.ocop_products?.map((p) => p.title)
      },
      { timeout: 20_000 },
    )
    .toEqual([productTitle])
})

test("a 4★ certificate entered in the console shows on the storefront; revoking it takes the product off", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const tag = runTag()
  const productTitle = `Mật ong bạc hà thử nghiệm ${tag}`
  const productHandle = `mat-ong-bac-ha-${tag}`
  const certificateNumber = `E2E-${tag.toUpperCase()}/QĐ-UBND`
  // Set-up through the admin API (the journey above covers these screens): a producer and its
  // published product, in the store's sales channel, as the console's Products screen makes them.
  const token = await staffToken(request, STAFF.office)
  const { producer } = await adminPost<{ producer: { id: string } }>(request, token, "/admin/producers", {
    handle: `htx-bac-ha-${tag}`,
    name: `HTX Bạc hà thử nghiệm ${tag}`,
    kind: "cooperative",
    registration_number: `53${Date.now() % 100_000_000}`,
    district: "bac-ha",
    commune: "Xã Tà Chải",
    address: "Thôn Na Kim, xã Tà Chải",
    representative: "Giàng Seo Phử",
    phone: "0912345678",
  })
  const store = (
    await adminGet<{ stores: { default_sales_channel_id: string }[] }>(
      request,
      token,
      "/admin/stores?fields=id,default_sales_channel_id",
    )
  ).body
  const { product } = await adminPost<{ product: { id: string } }>(request, token, "/admin/products", {
    title: productTitle,
    handle: productHandle,
    status: "published",
    options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
    variants: [
      {
        title: "Chai 500 ml",
        options: { "Quy cách": "Chai 500 ml" },
        manage_inventory: false,
        prices: [{ currency_code: "vnd", amount: 250_000 }],
      },
    ],
    sales_channels: [{ id: store.stores[0]!.default_sales_channel_id }],
  })
  await adminPost(request, token, `/admin/products/${product.id}/ocop`, {
    producer_id: producer.id,
    product_group: "food",
    origin_district: "bac-ha",
  })

  await signIn(page, STAFF.office)

  // 3. The 4★ certificate: a score outside 70–89 is refused before anything is sent.
  await page.goto(consoleUrl("#/certifications/create"))
  await autocomplete(page, "Sản phẩm", tag, productTitle)
  await choose(page, "Hạng sao", /^4 sao/)
  await page.getByRole("spinbutton", { name: "Điểm đánh giá" }).fill("92")
  await expect(page.getByRole("radio", { name: "Cấp tỉnh" })).toBeChecked()
  await page.getByRole("textbox", { name: "Số giấy chứng nhận" }).fill(certificateNumber)
  await page.getByRole("textbox", { name: "Số quyết định" }).fill(`${tag}/QĐ-UBND`)
  await page.getByRole("textbox", { name: "Ngày quyết định" }).fill(dayVi(-10))
  await page.getByRole("textbox", { name: "Có hiệu lực từ" }).fill(dayVi(-10))
  await page.getByRole("button", { name: "Lưu" }).click()
  await expect(page).toHaveURL(/#\/certifications\/create$/)
  const score = page.getByRole("spinbutton", { name: "Điểm đánh giá" })
  await expect(score).toHaveAttribute("aria-invalid", "true")
  await score.fill("82.5")
  await page.getByRole("button", { name: "Lưu" }).click()
  await expect(page).toHaveURL(/#\/certifications\/[^/]+\/show$/)
  const certificateUrl = page.url()
  await expect(page.getByText(certificateNumber).first()).toBeVisible()
  await expect(page.getByText("Còn hiệu lực").first()).toBeVisible()

  // 4. The storefront lists it with its 4★ badge (a search nobody made before).
  const shop = await page.context().newPage()
  await shop.goto(`${E2E_URLS.storefront}/products?q=${encodeURIComponent(tag)}`)
  const card = catalogueCard(shop, productTitle)
  await expect(card).toHaveCount(1)
  await expect(card.getByRole("img", { name: "Sản phẩm OCOP 4 sao" })).toBeVisible()

  // 5. A failed inspection, then the revocation with its reason.
  await page.goto(certificateUrl)
  await page.getByRole("textbox", { name: "Ngày kiểm tra" }).fill(dayVi(0))
  await page.getByRole("textbox", { name: "Đơn vị / cán bộ kiểm tra" }).fill("Đoàn kiểm tra Chi cục PTNT")
  await page.getByRole("radio", { name: "Không đạt" }).check()
  await page.getByRole("textbox", { name: "Ghi chú" }).fill("Nhãn không đúng quy định, thiếu truy xuất nguồn gốc.")
  await page.getByRole("button", { name: "Ghi nhận kiểm tra" }).click()
  await expect(page.getByText("Đã ghi nhận kết quả kiểm tra")).toBeVisible()
  await expect(page.getByRole("cell", { name: "Đoàn kiểm tra Chi cục PTNT" })).toBeVisible()

  const reason = `Kiểm tra sau công nhận không đạt (${tag})`
  await page.getByRole("button", { name: "Thu hồi" }).click()
  const dialog = page.getByRole("dialog", { name: `Thu hồi giấy chứng nhận ${certificateNumber}` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole("textbox", { name: "Lý do thu hồi" }).fill(reason)
  await dialog.getByRole("button", { name: "Thu hồi" }).click()
  await expect(page.getByText("Đã thu hồi giấy chứng nhận")).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(page.getByText("Đã thu hồi").first()).toBeVisible()
  await expect(page.getByText(reason)).toBeVisible()
  await expect(page.getByRole("button", { name: "Thu hồi" })).toHaveCount(0)

  // 6. It leaves the catalogue: the same search with a filter never asked before (the 4★ filter would
  // keep it if it were still certified), and its page, first opened now, says it cannot be bought.
  await shop.goto(`${E2E_URLS.storefront}/products?q=${encodeURIComponent(tag)}&stars=4`)
  await expect(shop.getByRole("heading", { level: 1 })).toContainText(tag)
  await expect(catalogueCard(shop, productTitle)).toHaveCount(0)
  await expect(shop.getByRole("link", { name: productTitle, exact: true })).toHaveCount(0)
  await shop.goto(`${E2E_URLS.storefront}/products/${productHandle}`)
  await expect(shop.getByText("Chứng nhận OCOP của sản phẩm này đã bị thu hồi — sản phẩm tạm ngừng bán.")).toBeVisible()
})
