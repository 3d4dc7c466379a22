import { expect, test, type Page } from "@playwright/test"
import { chooseAndPlace, fillContact, fillPickupContact, PRODUCT, addFromProductPage } from "../checkout/checkout-steps"
import { adminGet, choose, consoleUrl, runTag, signIn, staffToken, STAFF } from "./console-steps"
import { consoleOrder, consoleOrderByNumber, placeStoreOrder } from "./order-steps"

/**
 * Opens an order from the list by its number, searched the way staff do ("#12"). The filter is set
 * in the URL: react-admin would otherwise bring back the list's last filters.
 */
async function openOrder(page: Page, number: number) {
  await page.goto(consoleUrl(`#/orders?filter=${encodeURIComponent(JSON.stringify({ q: `#${number}` }))}`))
  await expect(page.getByRole("textbox", { name: "Tìm kiếm" })).toHaveValue(`#${number}`)
  await expect(page.locator("tbody tr")).toHaveCount(1)
  await page.getByRole("cell", { name: String(number), exact: true }).click()
  await expect(page.getByText(`Đơn hàng #${number}`).first()).toBeVisible()
}

/** Clicks an order action and confirms it in its dialog; waits for the confirmation to go. */
async function confirmAction(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button, exact: true }).click()
  const dialog = page.getByRole("dialog")
  await dialog.getByRole("button", { name: "Xác nhận" }).click()
  await expect(page.getByText(done)).toBeVisible()
  await expect(dialog).toBeHidden()
}

test("trade promotion works the day's orders: transfer paid, ready and collected at Bắc Hà, one shipped, one cancelled", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const tag = runTag()
  const buyer = (name: string) => ({
    name: `${name} ${tag}`,
    email: `${name.toLowerCase()}-${tag}@example.vn`,
    phone: "0912 345 678",
  })

  // A buyer on the storefront collects at Bắc Hà and pays by VietQR transfer.
  const shop = await browser.newContext()
  const shopPage = await shop.newPage()
  await addFromProductPage(shopPage)
  await fillContact(shopPage, buyer("Hoa").email)
  await fillPickupContact(shopPage, buyer("Hoa").name)
  const pickupNumber = await chooseAndPlace(shopPage, /Nhận tại Điểm bán OCOP Bắc Hà/, /VietQR/)
  await shop.close()
  // Two more through the store API: a cash-on-delivery parcel, and an order the buyer will call off.
  const parcel = await placeStoreOrder(request, { handle: PRODUCT, payment: "cod", buyer: buyer("Lan") })
  const calledOff = await placeStoreOrder(request, {
    handle: PRODUCT,
    payment: "cod",
    pickup: "sa-pa",
    buyer: buyer("Minh"),
  })

  await signIn(page, STAFF.promotion)
  await page.goto(consoleUrl("#/orders"))

  // Orders to collect at Bắc Hà whose money has not come in: the transfer is among them, the parcel is not.
  await choose(page, "Điểm nhận hàng", "Điểm bán OCOP Bắc Hà")
  await choose(page, "Thanh toán", "Chờ thanh toán")
  await page.getByRole("textbox", { name: "Tìm kiếm" }).fill(tag)
  await expect(page).toHaveURL(/pickup_point/)
  // The search is debounced: wait until it is in the URL, or its late update would leave the order page.
  await expect(page).toHaveURL(new RegExp(tag))
  const rows = page.locator("tbody tr")
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(String(pickupNumber))
  await expect(rows.first()).toContainText("Chuyển khoản VietQR")
  await expect(rows.first()).toContainText("Điểm bán OCOP Bắc Hà")

  // The transfer arrived: mark it paid, then the parcel reached the showroom, then the buyer came.
  await rows.first().click()
  await expect(page.getByText(`Đơn hàng #${pickupNumber}`).first()).toBeVisible()
  await expect(page.getByText(`nội dung "OCOP ${pickupNumber}"`, { exact: false })).toBeVisible()
  await expect(page.getByRole("button", { name: "Người mua đã nhận" })).toHaveCount(0)
  await confirmAction(page, "Xác nhận đã chuyển khoản", "Đã ghi nhận thanh toán")
  await expect(page.getByText("Đã thanh toán").first()).toBeVisible()
  await confirmAction(page, "Sẵn sàng để nhận", "Đơn hàng đã sẵn sàng để nhận")
  await expect(page.getByText("Đã chuẩn bị").first()).toBeVisible()
  await confirmAction(page, "Người mua đã nhận", "Đã ghi nhận giao hàng")
  await expect(page.getByText("Hoàn tất").first()).toBeVisible()
  await expect(page.getByRole("button", { name: "Huỷ đơn" })).toHaveCount(0)

  // The parcel leaves with the carrier under its tracking number.
  const tracking = `VN${tag.toUpperCase()}VN`
  await openOrder(page, parcel.display_id)
  await page.getByRole("button", { name: "Gửi hàng", exact: true }).click()
  const shipDialog = page.getByRole("dialog")
  await shipDialog.getByRole("textbox", { name: /Mã vận đơn/ }).fill(tracking)
  await shipDialog.getByRole("button", { name: "Gửi hàng" }).click()
  await expect(page.getByText("Đã ghi nhận gửi hàng")).toBeVisible()
  await expect(page.getByText("Đã gửi hàng").first()).toBeVisible()
  await expect(page.getByText(tracking, { exact: false })).toBeVisible()

  // The third buyer called off: cancel with the reason.
  await openOrder(page, calledOff.display_id)
  await page.getByRole("button", { name: "Huỷ đơn" }).click()
  const cancelDialog = page.getByRole("dialog")
  await cancelDialog.getByRole("textbox", { name: /Lý do huỷ/ }).fill("Khách gọi điện huỷ vì đặt nhầm")
  await cancelDialog.getByRole("button", { name: "Huỷ đơn" }).click()
  await expect(page.getByText("Đã huỷ đơn hàng")).toBeVisible()
  await expect(page.getByText("Khách gọi điện huỷ vì đặt nhầm")).toBeVisible()

  // What the backend now holds, read as the OCOP office (which may read orders, not act on them).
  const office = await staffToken(request, STAFF.office)
  const collected = await consoleOrderByNumber(request, office, pickupNumber)
  expect(collected).toMatchObject({
    status: "completed",
    payment_status: "captured",
    fulfillment_status: "delivered",
    payment_method: "vietqr",
    pickup_point: { code: "bac-ha", name: "Điểm bán OCOP Bắc Hà" },
  })
  // Online pickup orders take the warehouse's stock and ship it to the showroom; the showroom's own
  // shelf is sold at the counter only (decision 024).
  const warehouse = await adminGet<{ stock_locations: { id: string }[] }>(
    request,
    await staffToken(request, STAFF.admin),
    `/admin/stock-locations?name=${encodeURIComponent("Kho Lào Cai")}&fields=id`,
  )
  expect(warehouse.body.stock_locations).toHaveLength(1)
  expect(collected.fulfillments[0].location_id).toBe(warehouse.body.stock_locations[0]!.id)
  expect(collected.fulfillments[0].location_id).not.toBe(collected.pickup_point.location_id)
  const shipped = await consoleOrder(request, office, parcel.id)
  expect(shipped).toMatchObject({
    status: "pending",
    fulfillment_status: "shipped",
    payment_status: "authorized",
    delivery: "ship",
  })
  expect(shipped.fulfillments[0].labels[0].tracking_number).toBe(tracking)
  expect(await consoleOrder(request, office, calledOff.id)).toMatchObject({
    status: "canceled",
    cancel_reason: "Khách gọi điện huỷ vì đặt nhầm",
    available_actions: [],
  })
})
