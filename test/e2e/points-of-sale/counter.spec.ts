/**
 * Issue 14 on a tablet: the Sa Pa clerk's day at the counter, a transfer from Lào Cai city received
 * with a damaged unit, and a storefront pickup order prepared, announced and handed over with its code.
 */
import { expect, test } from "@playwright/test"
import { formatVnd } from "@ocop/domain"
import { addFromProductPage, chooseAndPlace, fillContact, fillPickupContact } from "../checkout/checkout-steps"
import { adminGet, consoleUrl, runTag, signIn, staffToken, STAFF } from "../console/console-steps"
import { mailedData } from "../support/store-api"
import { addByName, CLERK, moneyOf, openPayment, openPlace, openRegister, shot, TABLET } from "./counter-steps"

test.use(TABLET)

test("a clerk opens the Sa Pa register, sells for cash and by VietQR, takes one item back and closes with a difference", async ({
  page,
}) => {
  await signIn(page, CLERK)
  await page.goto(consoleUrl("#/counter"))
  await expect(page.getByRole("heading", { name: "Điểm bán OCOP Sa Pa", exact: true })).toBeVisible()
  await openRegister(page)

  // Two products, paid in cash with change.
  await addByName(page, "nam huong")
  await addByName(page, "tuong ot")
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
  const total = await moneyOf(page, "cart-total")
  await shot(page, "console-counter")
  await openPayment(page)
  await page.getByTestId("cash-tendered").fill("500000")
  await expect(page.getByTestId("cash-change")).toContainText(formatVnd(500_000 - total))
  await page.getByRole("button", { name: "Hoàn tất bán hàng" }).click()
  const receipt = page.getByTestId("receipt")
  await expect(receipt).toContainText("HOÁ ĐƠN BÁN HÀNG")
  await expect(receipt).toContainText("Nấm hương Sa Pa")
  await expect(receipt).toContainText("thuế GTGT")
  await expect(page.getByTestId("receipt-change")).toContainText(formatVnd(500_000 - total))
  await shot(page, "console-counter-receipt")
  // Printing: the receipt's print rules apply; the browser's dialog is not part of the test.
  await page.evaluate(() => ((window as unknown as { printed: boolean }).printed = false))
  await page.evaluate(() => (window.print = () => ((window as unknown as { printed: boolean }).printed = true)))
  await page.getByRole("button", { name: "In hoá đơn 80 mm" }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true)
  // Take one unit of the first line back; the cash refund leaves the drawer.
  await page.getByRole("button", { name: "Trả hàng", exact: true }).click()
  await page.getByTestId("return-form").getByLabel("Lý do trả hàng / huỷ").fill("Khách đổi ý")
  await page.getByTestId("return-form").getByRole("button", { name: "Trả hàng" }).click()
  await expect(page.getByText(/Đã ghi nhận, hoàn/)).toBeVisible()
  await page.getByRole("button", { name: "Bán tiếp" }).click()

  // One product by VietQR: the code is on the screen, the clerk confirms the transfer.
  await addByName(page, "che shan tuyet y ty")
  await openPayment(page)
  await page.getByRole("button", { name: "VietQR" }).click()
  await expect(page.getByTestId("vietqr-code")).toBeVisible()
  await page.getByLabel("Đã nhận chuyển khoản").check()
  await page.getByRole("button", { name: "Hoàn tất bán hàng" }).click()
  await expect(page.getByTestId("receipt")).toContainText("Chuyển khoản VietQR")
  await page.getByRole("button", { name: "Bán tiếp" }).click()

  // Close with a counted difference: one 500,000 note only.
  const expected = await moneyOf(page, "expected-cash")
  await page.getByRole("button", { name: "Đóng ca" }).click()
  await page.getByTestId("count-500000").fill("1")
  await expect(page.getByTestId("close-difference")).toContainText(formatVnd(500_000 - expected).replace("-", ""))
  await page.getByLabel("Ghi chú chênh lệch").fill("Đếm thiếu, đã báo quản lý")
  await page.getByRole("dialog").getByRole("button", { name: "Đóng ca" }).click()
  await expect(page.getByText("Quầy chưa mở ca")).toBeVisible()

  // The day's report shows the sales by method and the counted difference.
  await openPlace(page, "Điểm bán OCOP Sa Pa")
  await page.getByRole("tab", { name: "Báo cáo cuối ngày" }).click()
  await expect(page.getByTestId("day-report")).toContainText("Đếm thiếu, đã báo quản lý")
  await shot(page, "console-day-report")
})

test("trade promotion sends stock from Lào Cai city to Sa Pa and the clerk receives it with one damaged unit", async ({
  page,
  request,
}) => {
  const promotion = await staffToken(request, STAFF.promotion)
  const { body } = await adminGet<{ points_of_sale: { code: string; stock_location_id: string }[] }>(
    request,
    promotion,
    "/admin/points-of-sale",
  )
  const at = (code: string) => body.points_of_sale.find((p) => p.code === code)!.stock_location_id
  await signIn(page, STAFF.promotion)
  await page.goto(consoleUrl("#/stock-transfers/create"))
  await page.getByRole("combobox", { name: "Từ" }).click()
  await page.getByRole("option", { name: "Điểm bán OCOP TP Lào Cai" }).click()
  await page.getByRole("combobox", { name: "Đến" }).click()
  await page.getByRole("option", { name: "Điểm bán OCOP Sa Pa" }).click()
  await page.getByLabel("Sản phẩm").fill("Quýt")
  // The 3 kg box: the variant the seed puts on Lào Cai city's shelf.
  await page.getByRole("option", { name: /Quýt ngọt Bảo Thắng.*QUYT-NGOT-BAO-THANG-1/ }).click()
  await page.getByLabel("Số lượng").fill("3")
  await page.getByRole("button", { name: "Lưu" }).click()
  await expect(page.getByTestId("delivery-note")).toContainText("PHIẾU CHUYỂN KHO")
  await page.getByRole("button", { name: "Gửi hàng" }).click()
  await expect(page.getByTestId("delivery-note")).toContainText("Đang chuyển")
  const transferUrl = page.url()

  await page.context().clearCookies()
  await page.evaluate(() => window.localStorage.clear())
  await signIn(page, CLERK)
  await page.goto(transferUrl)
  await page.getByLabel(/^Số nhận/).fill("2")
  await page.getByTestId("delivery-note").getByRole("combobox").click()
  await page.getByRole("option", { name: "Hư hỏng" }).click()
  await page.getByRole("button", { name: "Nhận hàng" }).click()
  await expect(page.getByTestId("delivery-note")).toContainText("Đã nhận")
  await expect(page.getByTestId("delivery-note")).toContainText("Hư hỏng (1)")
  const transfers = await adminGet<{
    stock_transfers: {
      status: string
      to_location_id: string
      totals: { sent: number; received: number; lost: number }
    }[]
  }>(request, promotion, `/admin/stock-transfers?location_id=${at("sa-pa")}&status=received`)
  expect(transfers.body.stock_transfers[0]).toMatchObject({ totals: { sent: 3, received: 2, lost: 1 } })
})

test("a storefront pickup order is prepared, announced and handed over at Sa Pa with the code on the buyer's confirmation", async ({
  browser,
  page,
}) => {
  // Two apps in one journey: the storefront's checkout, then the console.
  test.setTimeout(120_000)
  // The buyer orders on the storefront, to collect at Sa Pa and pay there in cash.
  const buyer = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const shop = await buyer.newPage()
  const email = `lan-${runTag()}@example.vn`
  await addFromProductPage(shop)
  await fillContact(shop, email)
  await fillPickupContact(shop, "Trần Thị Lan")
  const number = await chooseAndPlace(shop, /Nhận tại Điểm bán OCOP Sa Pa/, /Thanh toán khi nhận hàng/)
  const code = ((await shop.getByTestId("order-pickup-code").locator("strong").innerText()) ?? "").trim()
  expect(code).toMatch(/^\d{6}$/)
  await buyer.close()

  // The clerk opens the register (the buyer pays in cash on collection), then works the queue.
  await signIn(page, CLERK)
  await page.goto(consoleUrl("#/counter"))
  await openRegister(page)
  const drawerBefore = await moneyOf(page, "expected-cash")
  await openPlace(page, "Điểm bán OCOP Sa Pa")
  await page.getByRole("tab", { name: "Đơn nhận tại điểm bán" }).click()
  const queue = page.getByTestId("pickup-queue")
  const row = queue.getByTestId(`pickup-${number}`)
  await expect(row).toContainText("Trần Thị Lan")
  const total = await moneyOf(page, `pickup-${number}-total`)
  await row.getByRole("button", { name: "Đã sẵn sàng (báo khách)" }).click()
  await expect(row).toHaveCount(0)

  // Announced: the buyer's e-mail says where, and carries the same code as the confirmation.
  const mail = await mailedData<{ order_number: number; place: string; pickup_code: string }>(email, "pickup-ready")
  expect(mail).toMatchObject({ order_number: number, place: "Điểm bán OCOP Sa Pa", pickup_code: code })

  await queue.getByRole("button", { name: "Sẵn sàng – chờ khách" }).click()
  await expect(row).toBeVisible()
  // A wrong code is refused and the order stays ready.
  const wrong = code === "000000" ? "111111" : "000000"
  await row.getByLabel("Mã nhận hàng của khách").fill(wrong)
  await row.getByRole("button", { name: "Giao cho khách" }).click()
  await expect(page.getByText("Mã nhận hàng không đúng")).toBeVisible()
  await expect(row).toBeVisible()
  await row.getByLabel("Mã nhận hàng của khách").fill(code)
  await row.getByRole("button", { name: "Giao cho khách" }).click()
  await expect(row).toHaveCount(0)
  await queue.getByRole("button", { name: "Đã giao" }).click()
  await expect(row).toBeVisible()

  // The buyer's cash went into the open register.
  await page.goto(consoleUrl("#/counter"))
  await expect(page.getByTestId("expected-cash")).toContainText(formatVnd(drawerBefore + total))
})
